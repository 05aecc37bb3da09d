/**
 * The client errors express and its body parsers raise (a malformed, oversized, wrongly encoded or wrongly typed
 * request, a path that cannot be decoded), each as its HTTP status, a stable code and a zh-CN message. Anything
 * else is not the client's fault.
 */
export interface ClientError {
  status: number;
  code: string;
  message: string;
}

const BY_TYPE: Record<string, Omit<ClientError, 'status'> & { status?: number }> = {
  'entity.parse.failed': { code: 'MALFORMED_JSON', message: '请求体不是合法的 JSON' },
  'entity.too.large': { code: 'PAYLOAD_TOO_LARGE', message: '请求体过大' },
  'entity.verify.failed': { code: 'MALFORMED_BODY', message: '请求体校验失败' },
  'charset.unsupported': { status: 415, code: 'UNSUPPORTED_CHARSET', message: '不支持该字符集，请使用 UTF-8' },
  'encoding.unsupported': { status: 415, code: 'UNSUPPORTED_ENCODING', message: '不支持该内容编码（Content-Encoding），请使用 gzip、deflate、br 或不压缩' },
  'parameters.too.many': { status: 413, code: 'TOO_MANY_PARAMETERS', message: '表单参数过多' },
  'querystring.parse.rangeError': { status: 400, code: 'TOO_DEEP', message: '表单参数的嵌套层级过深' },
  'request.aborted': { status: 400, code: 'REQUEST_ABORTED', message: '请求未完整发送' },
  'request.size.invalid': { status: 400, code: 'REQUEST_SIZE_INVALID', message: '请求体长度与 Content-Length 不符' },
};

/** `encoded`: the request declared a Content-Encoding (a body that fails to inflate says only "Bad Request"). */
export function clientErrorOf(err: unknown, encoded = false): ClientError | null {
  const e = err as { status?: number; statusCode?: number; type?: string; message?: string; expose?: boolean } | null;
  if (!e || typeof e !== 'object') return null;
  const status = e.status ?? e.statusCode;
  if (e.type && BY_TYPE[e.type]) {
    const known = BY_TYPE[e.type];
    return { status: known.status ?? status ?? 400, code: known.code, message: known.message };
  }
  if (typeof status !== 'number' || status < 400 || status >= 500) return null;
  // zlib's own failure on a body that says gzip but is not, and express's failure to decode a path parameter.
  if (encoded || /incorrect header check|unexpected end of file|invalid (block|stored block|distance)/i.test(e.message ?? '')) return { status: 400, code: 'MALFORMED_ENCODING', message: '请求体与其声明的压缩格式不符' };
  if (/decode param/i.test(e.message ?? '')) return { status: 400, code: 'MALFORMED_PATH', message: '地址中含有无法解码的字符' };
  return { status, code: 'BAD_REQUEST', message: '请求无法处理：请求的格式不正确' };
}
