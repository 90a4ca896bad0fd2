import { describe, expect, it } from 'vitest';
import { classifySmtpFailure as sut } from './smtp-failure';

describe('classifySmtpFailure', () => {
  it('calls a 5xx recipient refusal permanent', () => {
    expect(sut({ code: 'EENVELOPE', responseCode: 550, response: '550 5.1.1 no such user' })).toEqual({
      kind: 'permanent',
      responseCode: 550,
      message: '550 5.1.1 no such user',
    });
  });

  it('calls a 4xx refusal transient', () => {
    expect(sut({ code: 'EENVELOPE', responseCode: 452, response: '452 mailbox full' }).kind).toBe(
      'transient',
    );
    expect(sut({ code: 'EMESSAGE', responseCode: 451, response: '451 greylisted' }).kind).toBe('transient');
  });

  it('puts connection and authentication problems on our side', () => {
    expect(sut({ code: 'ECONNECTION', message: 'connect ECONNREFUSED' })).toEqual({
      kind: 'server',
      responseCode: null,
      message: 'connect ECONNREFUSED',
    });
    expect(sut({ code: 'EAUTH', responseCode: 535, response: '535 bad credentials' }).kind).toBe('server');
  });
});
