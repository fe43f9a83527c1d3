// The MCP server's tools, as the running server lists them, handed to the model as AI SDK tools so
// it can read Shopify's documentation while diagnosing. Calls go through the advisor (redacted, time-boxed).
import { dynamicTool, jsonSchema, type JSONSchema7, type ToolSet } from 'ai';
import type { McpAdvisor } from './mcp-advisor';

/** The model diagnoses: it does not send feedback or validate code; we run validate_theme ourselves on THEME_DIR. */
const hiddenTools = /^(feedback|validate)/;
/** Documentation chunks are long; the model needs the gist and the links, not whole pages. */
const maxToolOutputChars = 6000;

function cleanSchema(schema: Record<string, unknown>): JSONSchema7 {
  const { $schema: _ignored, ...rest } = schema;
  return { type: 'object', properties: {}, ...rest } as JSONSchema7;
}

export async function mcpToolsForModel(advisor: McpAdvisor): Promise<ToolSet> {
  const tools: ToolSet = {};
  for (const listed of await advisor.listTools()) {
    if (hiddenTools.test(listed.name)) continue;
    tools[listed.name] = dynamicTool({
      description: listed.description?.slice(0, 1000) ?? listed.name,
      inputSchema: jsonSchema(cleanSchema(listed.inputSchema)),
      execute: async (input) => {
        const outcome = await advisor.callTool(listed.name, (input ?? {}) as Record<string, unknown>);
        // A failed call's text starts with "<tool> failed:" (see McpAdvisor.callTool); the model reads why.
        return outcome.text.slice(0, maxToolOutputChars) || (outcome.ok ? '(no content)' : `${listed.name} failed: no content`);
      },
    });
  }
  return tools;
}
