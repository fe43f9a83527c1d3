// stdout: always on, so every alert is at least in the terminal or the CI log.
import type { AlertChannel } from '../alert-channel';
import { buildStdoutMessage } from '../messages/stdout-message';

export interface StdoutChannelSettings {
  write?: (text: string) => void;
}

export function createStdoutChannel(settings: StdoutChannelSettings = {}): AlertChannel {
  const write = settings.write ?? ((text: string) => process.stdout.write(text));
  return {
    kind: 'stdout',
    label: 'stdout',
    async send({ event }) {
      write(`${buildStdoutMessage(event)}\n`);
    },
  };
}
