/** Rendering the generated chart with the real Helm engine. */
package dev.agentchart.render;
