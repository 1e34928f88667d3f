/**
 * host/node/remote/shared.ts's defaultPort: the `cfengine` entry of /etc/services, else 5308.
 * node:fs is mocked so that /etc/services reads as each case's text (it is only ever read; the
 * real file is never touched), every other path as the real module reads it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

const services = vi.hoisted(() => ({ text: null as string | null, encodings: [] as unknown[] }));
vi.mock('node:fs', async (original) => {
  const fs = await original<typeof import('node:fs')>();
  const readFileSync = ((path: unknown, options?: unknown) => {
    if (path !== '/etc/services') return (fs.readFileSync as (p: unknown, o?: unknown) => unknown)(path, options);
    services.encodings.push(options);
    if (services.text === null) throw Object.assign(new Error('ENOENT: no such file or directory'), { code: 'ENOENT' });
    return options === 'utf8' ? services.text : Buffer.from(services.text);
  }) as typeof fs.readFileSync;
  return { ...fs, default: { ...fs, readFileSync }, readFileSync };
});

const { defaultPort, WORKER_GONE, WORKER_LOADING, WORKER_RUNNING } = await import('../../host/node/remote/shared.js');

afterEach(() => {
  services.text = null;
  services.encodings.length = 0;
});

describe('the default port', () => {
  it('the cfengine entry\'s number, read as text', () => {
    services.text = 'ssh\t\t22/tcp\ncfengine\t5999/tcp\t\t\t# CFengine\n';
    expect(defaultPort()).toBe(5999);
    expect(services.encodings).toEqual(['utf8']);
  });

  it('its whole number, after any blanks', () => {
    services.text = 'cfengine      15308/tcp\n';
    expect(defaultPort()).toBe(15308);
  });

  it('only a line that begins with the name, for TCP', () => {
    services.text = 'xcfengine 6000/tcp\ncfengine 6001/udp\ncfengine 6002/tcp\n';
    expect(defaultPort()).toBe(6002);
  });

  it('none there, or no file: 5308', () => {
    services.text = 'ssh 22/tcp\ncfengine/tcp 7000\ncfengine x/tcp\n';
    expect(defaultPort()).toBe(5308);
    services.text = null;
    expect(defaultPort()).toBe(5308);
  });

  it('the worker\'s states in the shared flag, as both sides number them', () => {
    expect([WORKER_LOADING, WORKER_RUNNING, WORKER_GONE]).toEqual([0, 1, 2]);
  });
});
