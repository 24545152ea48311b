/**
 * Errors the stand-in raises, shaped like Office.js's `OfficeExtension.Error`: a `code` from
 * Excel.ErrorCodes / OfficeExtension.ErrorCodes and a `debugInfo` with the same code.
 */
export type StandinErrorCode =
  | 'PropertyNotLoaded'
  | 'ValueNotLoaded'
  | 'InvalidArgument'
  | 'InvalidReference'
  | 'ItemNotFound'
  | 'ItemAlreadyExists'
  | 'AccessDenied'
  | 'InvalidOperation'
  | 'InvalidOperationInCellEditMode'
  | 'RequestPayloadSizeLimitExceeded'
  | 'ResponsePayloadSizeLimitExceeded'
  | 'InvalidRequestContext'
  | 'RangeExceedsLimit'
  | 'GeneralException'
  | 'NotImplemented';

export class StandinError extends Error {
  readonly code: StandinErrorCode;
  readonly debugInfo: { readonly code: string; readonly message: string; readonly errorLocation?: string };

  constructor(code: StandinErrorCode, message: string, errorLocation?: string) {
    super(`${code}: ${message}`);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

/** Thrown when a proxy property is read before it was loaded and synced. */
export function notLoaded(what: string): StandinError {
  return new StandinError(
    'PropertyNotLoaded',
    `The property '${what}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}
