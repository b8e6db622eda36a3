/**
 * Reading a Helm render into client-java models, strictly: every document of the render becomes a
 * {@link dev.agentchart.read.RenderedObject}, and an unknown kind, an unknown field or a value of
 * the wrong type is an error that names the template, the object and the field path.
 *
 * <p>{@link dev.agentchart.read.ManifestReader} is the API; the rest of the package (document
 * splitting, the kind table, the model walk) is package-private.
 */
package dev.agentchart.read;
