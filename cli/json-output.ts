// `--json` on read commands: one stable envelope, so scripts can tell commands and versions apart.
// { "version": 1, "command": "incidents", "data": … }; `version` changes only when `data` changes shape.

export interface JsonEnvelope<Data> {
  version: 1;
  command: string;
  data: Data;
}

export function printJson<Data>(command: string, data: Data): void {
  const envelope: JsonEnvelope<Data> = { version: 1, command, data };
  console.log(JSON.stringify(envelope, null, 2));
}
