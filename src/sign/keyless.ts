/**
 * Keyless signing: an ephemeral P-256 key, certified once per run by Fulcio for the workflow's OIDC
 * identity, signs everything the run writes; every signature is witnessed by Rekor (and, when configured,
 * a RFC 3161 timestamp authority) through sigstore-js's bundle builders. The URLs are configurable for
 * private Sigstore instances. The private key lives only in memory.
 */
import { X509Certificate, generateKeyPairSync, sign as signWithKey, type KeyObject } from 'node:crypto';
import type { Bundle } from '@sigstore/bundle';
import {
  DSSEBundleBuilder,
  MessageSignatureBundleBuilder,
  RekorWitness,
  TSAWitness,
  type Signature,
  type Signer,
  type Witness,
} from '@sigstore/sign';
import { OsimgError } from '../errors.js';
import { requestSigningCertificate, PUBLIC_GOOD_FULCIO_URL, type SigningCertificate } from './fulcio.js';
import type { TokenSource } from './oidc.js';

export const PUBLIC_GOOD_REKOR_URL = 'https://rekor.sigstore.dev';
export { PUBLIC_GOOD_FULCIO_URL };

export interface SigstoreInstance {
  fulcioUrl: string;
  rekorUrl: string;
  /** A RFC 3161 timestamp authority (optional: Rekor's integrated time is the timestamp otherwise). */
  tsaUrl?: string;
}

/** Fulcio certificates live 10 minutes; ask for a new one when less than this is left. */
const RENEW_BEFORE_MS = 2 * 60 * 1000;

/** Rekor's log entry kinds for DSSE: `intoto` is what cosign's `.att` layout uses, `dsse` what bundles use. */
export type DsseEntryKind = 'intoto' | 'dsse';

export class KeylessSigner implements Signer {
  private readonly keys: { privateKey: KeyObject; publicKey: KeyObject };
  private certificate?: SigningCertificate & { notAfter: number };

  constructor(
    readonly instance: SigstoreInstance,
    private readonly token: TokenSource,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {
    this.keys = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  }

  /** The certificate (asked for once, renewed only when about to expire). */
  async signingCertificate(): Promise<SigningCertificate> {
    if (this.certificate && this.certificate.notAfter - Date.now() > RENEW_BEFORE_MS) return this.certificate;
    const token = await this.token();
    const issued = await requestSigningCertificate(this.instance.fulcioUrl, token, this.keys, this.fetchImpl);
    this.certificate = { ...issued, notAfter: Date.parse(new X509Certificate(issued.certificate).validTo) };
    return issued;
  }

  /** sigstore-js's Signer: signs with the ephemeral key and names the Fulcio certificate as the key. */
  async sign(data: Buffer): Promise<Signature> {
    const { certificate } = await this.signingCertificate();
    return {
      signature: signWithKey('sha256', data, this.keys.privateKey),
      key: { $case: 'x509Certificate', certificate },
    };
  }

  private witnesses(entryType: DsseEntryKind): Witness[] {
    const witnesses: Witness[] = [new RekorWitness({ rekorBaseURL: this.instance.rekorUrl, entryType })];
    if (this.instance.tsaUrl) witnesses.push(new TSAWitness({ tsaBaseURL: this.instance.tsaUrl }));
    return witnesses;
  }

  /** A v0.3 bundle of a plain signature over `payload` (Rekor `hashedrekord`): cosign's `.sig` signature. */
  messageBundle(payload: Buffer): Promise<Bundle> {
    return this.witnessed(() =>
      new MessageSignatureBundleBuilder({ signer: this, witnesses: this.witnesses('dsse') }).create({
        data: payload,
      }),
    );
  }

  /** A v0.3 bundle of a DSSE envelope around `body` (an in-toto statement). */
  dsseBundle(body: Buffer, payloadType: string, entryType: DsseEntryKind): Promise<Bundle> {
    return this.witnessed(() =>
      new DSSEBundleBuilder({ signer: this, witnesses: this.witnesses(entryType) }).create({
        data: body,
        type: payloadType,
      }),
    );
  }

  /** sigstore-js errors carry a code and a cause; say which service failed, in one sentence. */
  private async witnessed(create: () => Promise<Bundle>): Promise<Bundle> {
    try {
      return await create();
    } catch (error) {
      if (error instanceof OsimgError) throw error;
      const { code, message, cause } = error as {
        code?: string;
        message?: string;
        cause?: { message?: string };
      };
      const service = code?.startsWith('TLOG')
        ? `Rekor at ${this.instance.rekorUrl}`
        : code?.startsWith('TSA')
          ? `the timestamp authority at ${this.instance.tsaUrl ?? ''}`
          : 'Sigstore';
      throw new OsimgError(
        `${service} failed: ${message ?? String(error)}${cause?.message ? ` (${cause.message})` : ''}`,
        {
          code: 'REGISTRY',
          cause: error,
        },
      );
    }
  }
}
