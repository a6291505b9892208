"""Writes the .npz fixtures of structview-npy's tests and what numpy.load reports for each.

Regenerate (from the repository root) with the machine's NumPy (2.4 wrote the committed ones):

    python3.11 npy/src/test/python/make_npz_fixtures.py

It rewrites npy/src/test/resources/dev/structview/npy/npz/: one .npz file per case and truth.json,
which records for every archive what numpy.load(f).files lists, and for every key (each listed
name, and each member's full name) what memoryview(numpy.load(f)[key]) reports (as
make_fixtures.py's describe() writes it: format, shape, strides, bytes, values) or the error
NumPy raises; for an archive NumPy cannot open, that error. The arrays are make_fixtures.py's
(same seed), so a rerun changes nothing unless NumPy or zipfile does.
"""
import io
import json
import os
import random
import struct
import sys
import tempfile
import warnings
import zipfile
import zlib

import numpy as np
import numpy.lib.format as npf

sys.path.insert(0, os.path.dirname(__file__))
import make_fixtures as mf  # noqa: E402  (the .npy fixtures' arrays and describe())

OUT = os.path.join(os.path.dirname(__file__), '..', 'resources', 'dev', 'structview', 'npy', 'npz')


def npy_bytes(arr):
    f = io.BytesIO()
    npf.write_array(f, arr)
    return f.getvalue()


def arrays():
    """make_fixtures.py's well-formed arrays, by name."""
    mf.CASES.clear()
    mf.build(random.Random(3118))
    return {name: arr for name, arr, _, divergence in mf.CASES if not isinstance(arr, bytes) and not divergence}


def savez(compress, **named):
    f = io.BytesIO()
    (np.savez_compressed if compress else np.savez)(f, **named)
    return f.getvalue()


def handmade(members, zip64=False):
    """A ZIP written by zipfile: (name, bytes, compress_type) members, duplicates allowed."""
    f = io.BytesIO()
    with zipfile.ZipFile(f, 'w') as z:
        for name, data, method in members:
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 2, 3, 4, 6))
            info.compress_type = method
            with z.open(info, 'w', force_zip64=zip64) as out:
                out.write(data)
    return f.getvalue()


def patched(data, old, new, count=2):
    """Replaces bytes in the local and central headers alike (a name, a size, a CRC)."""
    assert data.count(old) == count, (old, data.count(old))
    return data.replace(old, new)


def deflate_bomb():
    """A member whose deflate stream inflates to 1 MiB while both headers declare 1000 bytes."""
    zeros = bytes(1 << 20)
    z = handmade([('bomb.npy', npy_bytes(np.zeros(1000 // 8 - 16, '<f8')) + zeros, zipfile.ZIP_DEFLATED)])
    info = zipfile.ZipFile(io.BytesIO(z)).infolist()[0]
    return patched(z, struct.pack('<I', info.file_size), struct.pack('<I', 1000))


def crc_error(method):
    z = handmade([('a.npy', npy_bytes(np.arange(10, dtype='<i4')), method)])
    crc = zipfile.ZipFile(io.BytesIO(z)).infolist()[0].CRC
    return patched(z, struct.pack('<I', crc), struct.pack('<I', crc ^ 0x00010000))


def declared(size):
    """A deflated member that says it inflates to size bytes, from its few compressed ones."""
    z = handmade([('huge.npy', npy_bytes(np.zeros(4, '<f8')), zipfile.ZIP_DEFLATED)])
    info = zipfile.ZipFile(io.BytesIO(z)).infolist()[0]
    return patched(z, struct.pack('<I', info.file_size), struct.pack('<I', size))


def with_headers(data, method, size):
    """The one member of an archive given another method and uncompressed size, in both its headers."""
    b = bytearray(data)
    local, central = b.find(b'PK\x03\x04'), b.find(b'PK\x01\x02')
    struct.pack_into('<H', b, local + 8, method)
    struct.pack_into('<I', b, local + 22, size)
    struct.pack_into('<H', b, central + 10, method)
    struct.pack_into('<I', b, central + 24, size)
    return bytes(b)


def unknown_method():
    """Ten bytes of a method zipfile does not read (99, AES), declaring 2 000 000 000 bytes."""
    z = handmade([('x.npy', b'0123456789', zipfile.ZIP_STORED)])
    return with_headers(z, 99, 2_000_000_000)


def garbage_deflate():
    """256 KiB of data that is no deflate stream (its first block's type is invalid) declaring 256 MiB:
    within what deflate expands to, so only reading it shows the size is not backed."""
    z = handmade([('g.npy', b'\x07' + bytes((256 << 10) - 1), zipfile.ZIP_STORED)])
    return with_headers(z, zipfile.ZIP_DEFLATED, 256 << 20)


def cases():
    named = arrays()
    good = savez(False, **{'a': np.arange(6, dtype='<i4'), 'b': np.eye(2)})
    many = handmade([('x.npy', npy_bytes(np.arange(3, dtype='>u2')), zipfile.ZIP_STORED),
                     ('notes.txt', b'not an array\n', zipfile.ZIP_DEFLATED),
                     ('short', b'\x93NUM', zipfile.ZIP_STORED),
                     ('sub/', b'', zipfile.ZIP_STORED),
                     ('sub/y.npy', npy_bytes(np.array([1.5, -2.0], '<f4')), zipfile.ZIP_DEFLATED),
                     ('dup.npy', npy_bytes(np.array([1], '<i2')), zipfile.ZIP_STORED),
                     ('dup.npy', npy_bytes(np.array([2, 3], '<i8')), zipfile.ZIP_DEFLATED),
                     ('z', npy_bytes(np.array([7], 'u1')), zipfile.ZIP_STORED),
                     ('z.npy', npy_bytes(np.array([8, 9], 'u1')), zipfile.ZIP_STORED),
                     ('nulXname.npy', npy_bytes(np.array([True])), zipfile.ZIP_STORED),
                     ('名前.npy', npy_bytes(np.array([4.25])), zipfile.ZIP_STORED),
                     ('empty.bin', b'', zipfile.ZIP_DEFLATED)])
    bad_npy = npy_bytes(np.arange(3, dtype='<i4')).replace(b"'<i4'", b"'<q9'")
    truncated_member = npy_bytes(np.arange(100, dtype='<i8'))[:-8]
    yield 'savez', savez(False, **named), None
    yield 'savez_compressed', savez(True, **named), None
    yield 'positional', positional(), None
    yield 'empty', savez(False), None
    yield 'zip64_members', handmade([('big.npy', npy_bytes(np.arange(1000, dtype='<f8')), zipfile.ZIP_STORED),
                                     ('big_z.npy', npy_bytes(np.arange(1000, dtype='>i4')), zipfile.ZIP_DEFLATED)],
                                    zip64=True), None
    yield 'names', patched(many, b'nulXname.npy', b'nul\x00name.npy'), None
    yield 'bad_npy_member', handmade([('ok.npy', npy_bytes(np.arange(2, dtype='u1')), zipfile.ZIP_STORED),
                                      ('bad.npy', bad_npy, zipfile.ZIP_STORED),
                                      ('bad_z.npy', bad_npy, zipfile.ZIP_DEFLATED),
                                      ('cut.npy', truncated_member, zipfile.ZIP_STORED),
                                      ('cut_z.npy', truncated_member, zipfile.ZIP_DEFLATED)]), 'member'
    yield 'deflate_bomb', deflate_bomb(), 'bomb'
    yield 'crc_stored', crc_error(zipfile.ZIP_STORED), 'crc'
    yield 'crc_deflated', crc_error(zipfile.ZIP_DEFLATED), 'crc'
    yield 'declared_3gib', declared(3 << 30), 'declared size past 2 GiB'
    yield 'declared_100mib', declared(100 << 20), 'declared size past what deflate expands to'
    yield 'unknown_method', unknown_method(), 'method'
    yield 'garbage_deflate', garbage_deflate(), 'deflate'
    yield 'truncated_end', good[:-10], 'truncated'
    yield 'truncated_half', good[:len(good) // 2], 'truncated'
    yield 'not_a_zip', npy_bytes(np.arange(3)), 'not a zip'


def positional():
    f = io.BytesIO()
    np.savez(f, np.arange(3, dtype='<i2'), np.array([[1, 2], [3, 4]], order='F', dtype='>f8'))
    return f.getvalue()


# Where structview refuses what NumPy reads: numpy.load reads a member only as far as its array
# ends, so it never sees that the member's declared size is one it could not hold, or that deflate
# cannot reach; structview checks the declared size before it allocates the member.
DIVERGENCES = {
    'declared_3gib': 'a deflated member over 2 GiB does not fit a byte[]: refused before inflating',
    'declared_100mib': 'a declared size more than 1032 times the compressed size: refused before inflating',
}


def error(e):
    return '%s: %s' % (type(e).__name__, e)


def with_file_padding(described, image):
    """The description with the bytes the member holds: NumPy reads a member into a fresh array
    field by field, leaving the padding of an aligned dtype uninitialized, where numpy.load of the
    same image as a file reads every byte (the rest of both descriptions is checked equal)."""
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, 'member.npy')
        with open(path, 'wb') as f:
            f.write(image)
        from_file = mf.describe(np.load(path, max_header_size=mf.MAX_HEADER))
    raw = ('tobytes', 'tobytes_f')
    assert {k: v for k, v in described.items() if k not in raw} == \
        {k: v for k, v in from_file.items() if k not in raw}, (described, from_file)
    return dict(described, **{k: from_file[k] for k in raw})


def magic(z, info):
    """The first bytes of a member, read past a bad CRC-32 (zipfile checks it as the member ends);
    None for a member zipfile cannot open or inflate."""
    try:
        with z.open(info) as f:
            f._expected_crc = None
            return f.read(len(npf.MAGIC_PREFIX))
    except (NotImplementedError, zlib.error):
        return None


def record(name, path, malformed):
    entry = {'name': name, 'file': os.path.basename(path)}
    if malformed:
        entry['malformed'] = malformed
    if name in DIVERGENCES:
        entry['divergence'] = DIVERGENCES[name]
    try:
        npz = np.load(path, max_header_size=mf.MAX_HEADER)
    except Exception as e:
        entry['open_error'] = error(e)
        return entry
    if not isinstance(npz, np.lib.npyio.NpzFile):
        entry['open_error'] = 'numpy.load returns %s, not an NpzFile: no ZIP archive' % type(npz).__name__
        return entry
    with npz:
        entry['files'] = list(npz.files)
        keys = list(dict.fromkeys(list(npz.files) + npz.zip.namelist()))
        members = {}
        for key in keys:
            info = npz.zip.getinfo(npz._files[key])
            first = magic(npz.zip, info)
            is_npy = None if first is None else first == npf.MAGIC_PREFIX  # NpzFile.__getitem__'s test
            try:
                members[key] = mf.describe(npz[key])
                if is_npy:
                    members[key] = with_file_padding(members[key], npz.zip.read(info))
            except Exception as e:
                members[key] = {'numpy_error': error(e)}
            members[key]['member'] = {'name': info.filename, 'method': info.compress_type, 'npy': is_npy,
                                      'size': info.file_size, 'compressed': info.compress_size}
        entry['members'] = members
    return entry


def main():
    warnings.simplefilter('ignore')  # zipfile warns of the duplicate name it is asked to write
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    entries = []
    for name, data, malformed in cases():
        path = os.path.join(OUT, name + '.npz')
        with open(path, 'wb') as f:
            f.write(data)
        entries.append(record(name, path, malformed))
    with open(os.path.join(OUT, 'truth.json'), 'w', encoding='utf-8') as f:
        json.dump({'numpy': np.__version__, 'python': sys.version.split()[0], 'archives': entries}, f,
                  ensure_ascii=False, indent=0)
    print(len(entries), 'archives written to', os.path.normpath(OUT))


if __name__ == '__main__':
    main()
