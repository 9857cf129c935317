// Reads a NumPy .npy file holding a little-endian float32 matrix (the CRF transitions): the magic
// string, a version, a header length, a Python-dict header, then the raw data in C order.

export interface Matrix {
  rows: number;
  cols: number;
  /** Row-major values: value(i, j) = data[i * cols + j]. */
  data: Float32Array;
}

export function parseNpyMatrix(bytes: Uint8Array): Matrix {
  const magic = String.fromCharCode(...bytes.subarray(0, 6));
  if (magic !== "\x93NUMPY") throw new Error("not a .npy file (bad magic string)");
  const major = bytes[6] ?? 0;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = major === 1 ? view.getUint16(8, true) : view.getUint32(8, true);
  const headerStart = major === 1 ? 10 : 12;
  const header = new TextDecoder("latin1").decode(bytes.subarray(headerStart, headerStart + headerLength));
  if (!/'descr':\s*'<f4'/.test(header))
    throw new Error(`.npy: only little-endian float32 is read, header ${header.trim()}`);
  if (/'fortran_order':\s*True/.test(header)) throw new Error(".npy: Fortran order is not read");
  const shape = /'shape':\s*\((\d+),\s*(\d+)\s*,?\)/.exec(header);
  if (!shape) throw new Error(`.npy: expected a 2-D shape, header ${header.trim()}`);
  const rows = Number(shape[1]);
  const cols = Number(shape[2]);
  const start = headerStart + headerLength;
  if (bytes.byteLength - start < rows * cols * 4) throw new Error(".npy: data shorter than its shape");
  const data = new Float32Array(rows * cols);
  for (let i = 0; i < data.length; i++) data[i] = view.getFloat32(start + i * 4, true);
  return { rows, cols, data };
}
