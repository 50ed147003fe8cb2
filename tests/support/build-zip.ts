import zlib from "node:zlib";
import JSZip from "jszip";

/**
 * One archive entry: `data` is deflated here; `deflated` is raw deflate data that unpacks to
 * `size` bytes. `declaredSize` overrides the unpacked size both headers state (a lying entry).
 */
export type ZipEntrySpec = { name: string; data?: Uint8Array | string; deflated?: { bytes: Uint8Array; size: number }; declaredSize?: number };

const MiB = 1024 * 1024;

/**
 * Raw deflate data that unpacks to `bytes` zeros (a whole number of MiB), built from one
 * flushed MiB block repeated: a 1 GiB bomb is about 1 MB and takes milliseconds to make.
 */
export function deflatedZeros(bytes: number): { bytes: Uint8Array; size: number } {
  if (bytes % MiB !== 0) throw new Error("deflatedZeros takes whole MiB");
  // A full flush resets the window and byte-aligns, so the blocks concatenate into one stream.
  const block = zlib.deflateRawSync(Buffer.alloc(MiB), { finishFlush: zlib.constants.Z_FULL_FLUSH });
  const finalEmptyBlock = Buffer.from([0x03, 0x00]);
  return { bytes: Buffer.concat([...Array<Buffer>(bytes / MiB).fill(block), finalEmptyBlock]), size: bytes };
}

/**
 * A zip archive written byte by byte, so that a test can state sizes that its data does not
 * have, which no zip library will do. CRCs are left at zero: neither JSZip nor yauzl checks them.
 */
export function buildZip(entries: ZipEntrySpec[]): Buffer {
  const locals: Uint8Array[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const data = entry.deflated ?? (entry.data === undefined ? { bytes: new Uint8Array(), size: 0 } : deflate(entry.data));
    const size = entry.declaredSize ?? data.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.bytes.byteLength, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(data.bytes.byteLength, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data.bytes);
    centrals.push(central, name);
    offset += local.length + name.length + data.bytes.byteLength;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function deflate(data: Uint8Array | string) {
  const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  return { bytes: zlib.deflateRawSync(bytes), size: bytes.byteLength };
}

/** The entries of a zip as JSZip reads it: the names and bytes of an .xlsx to tamper with. */
export async function unzipEntries(archive: Uint8Array): Promise<ZipEntrySpec[]> {
  const zip = await JSZip.loadAsync(archive);
  return Promise.all(
    Object.values(zip.files)
      .filter((f) => !f.dir)
      .map(async (f) => ({ name: f.name, data: await f.async("uint8array") })),
  );
}
