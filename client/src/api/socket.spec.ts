import { describe, expect, it } from 'vitest';
import { handshakeAuth, setSocketToken } from './socket';

describe('api/socket handshake', () => {
  it('sends the access token as auth.token, and nothing for a visitor', () => {
    setSocketToken('abc');
    expect(handshakeAuth()).toEqual({ token: 'abc' });

    setSocketToken(undefined);
    expect(handshakeAuth()).toEqual({});
  });
});
