"""Writes the .npy fixtures of structview-npy's tests and what NumPy and CPython report for each.

Regenerate (from the repository root) with the machine's NumPy:

    python3.11 npy/src/test/python/make_fixtures.py

It rewrites npy/src/test/resources/dev/structview/npy/fixtures/: one .npy file per case and
truth.json, which records for every file what numpy.load and memoryview report (format, itemsize,
shape, strides, bytes, tolist() or the NotImplementedError it raises), and for malformed files the
error NumPy raises. The cases are deterministic (a fixed seed), so a rerun changes nothing unless
NumPy does.

Value tokens (as the project's other generators write them, see dev.structview.testing.PyTokens):
'i<decimal>' int, 'T'/'F' bool, 'd<16 hex>' a float's binary64 bits, 'b<hex>' bytes; lists and
tuples are JSON arrays.
"""
import ast
import io
import json
import os
import random
import re
import struct
import sys

import numpy as np
import numpy.lib.format as npf
import numpy.lib._format_impl as npf_impl

OUT = os.path.join(os.path.dirname(__file__), '..', 'resources', 'dev', 'structview', 'npy', 'fixtures')


def token(v):
    if isinstance(v, bool):
        return 'T' if v else 'F'
    if isinstance(v, int):
        return 'i%d' % v
    if isinstance(v, float):
        return 'd%016x' % struct.unpack('<Q', struct.pack('<d', v))[0]
    if isinstance(v, bytes):
        return 'b' + v.hex()
    if isinstance(v, (list, tuple)):
        return [token(x) for x in v]
    raise TypeError(repr(v))


def items_by_struct(m):
    """Each item unpacked by struct with the view's format: what the runtime decodes beyond CPython."""
    s = struct.Struct(m.format)
    raw = m.tobytes()
    n = m.itemsize

    def item(i):
        vals = s.unpack_from(raw, i * n)
        return vals[0] if len(vals) == 1 else list(vals)

    if m.ndim == 0:
        return item(0)
    flat = iter(range(len(raw) // n if n else 0))

    def nest(dim):
        if dim == m.ndim:
            return item(next(flat))
        return [nest(dim + 1) for _ in range(m.shape[dim])]
    return nest(0)


def describe(arr):
    """What memoryview reports for an array, or the error making one raises."""
    try:
        m = memoryview(arr)
    except Exception as e:
        return {'error': '%s: %s' % (type(e).__name__, e)}
    out = {'format': m.format, 'itemsize': m.itemsize, 'ndim': m.ndim, 'shape': list(m.shape),
           'strides': list(m.strides), 'nbytes': m.nbytes, 'readonly': m.readonly,
           'c_contiguous': m.c_contiguous, 'f_contiguous': m.f_contiguous,
           'tobytes': m.tobytes().hex(), 'tobytes_f': m.tobytes('F').hex()}
    try:
        out['tolist'] = token(m.tolist())
    except NotImplementedError as e:
        out['tolist_error'] = str(e)
        try:
            out['struct_values'] = token(items_by_struct(m))
        except (struct.error, UnicodeEncodeError):
            pass  # a format struct cannot parse: the runtime refuses the items as CPython does
    return out


def header_of(path):
    with open(path, 'rb') as f:
        major, minor = npf.read_magic(f)
        n = struct.unpack('<H' if major == 1 else '<I', f.read(2 if major == 1 else 4))[0]
        text = f.read(n).decode('latin1' if major < 3 else 'utf8')
        try:
            d = ast.literal_eval(text)
        except SyntaxError:
            d = ast.literal_eval(npf_impl._filter_header(text))  # Python 2's 2L, as numpy.load reads it
        return {'version': [major, minor], 'descr': repr(d['descr']), 'fortran_order': d['fortran_order'],
                'shape': list(d['shape']), 'data_offset': f.tell()}


def record(name, path, divergence=None):
    entry = {'name': name, 'file': os.path.basename(path)}
    try:
        # structview parses headers of up to 1 MiB (it never evaluates them); NumPy's default is 10000 chars.
        entry['mmap'] = describe(np.load(path, mmap_mode='r', max_header_size=MAX_HEADER))
        try:
            entry['load'] = describe(np.load(path, max_header_size=MAX_HEADER))
        except ValueError as e:
            # a sub-array descr: numpy.memmap reads it, numpy.load's count of elements disagrees
            entry['load_error'] = '%s: %s' % (type(e).__name__, e)
        entry['header'] = header_of(path)
    except Exception as e:
        # without the addresses of ast nodes ('<ast.Call object at 0x7f...>'), which differ every run
        entry['numpy_error'] = re.sub(r' at 0x[0-9a-f]+>', '>', '%s: %s' % (type(e).__name__, e))
    if divergence:
        entry['divergence'] = divergence
    return entry


CASES = []
MAX_HEADER = 1 << 20


def case(name, arr, version=None, divergence=None):
    CASES.append((name, arr, version, divergence))


def raw(name, data, why):
    CASES.append((name, data, why, None))


def values(dtype, shape, rng):
    """Deterministic bytes for an array: every byte pattern, NaNs and all, for numeric kinds."""
    dt = np.dtype(dtype)
    n = int(np.prod(shape)) if shape else 1
    data = bytes(rng.randrange(256) for _ in range(n * dt.itemsize))
    arr = np.frombuffer(bytearray(data), dtype=dt).reshape(shape)  # padding bytes seeded too, not copied
    return fix_bools(arr)


def fix_bools(arr):
    """Values NumPy itself would write where not every byte pattern is one: bools 0 or 1, valid code points."""
    def fix(a):
        dt = a.dtype
        if dt.names:
            for n in dt.names:
                fix(a[n])
        elif dt.kind == 'b':
            a[...] = np.arange(a.size).reshape(a.shape) % 3 == 1
        elif dt.kind == 'U':
            words = ['é', 'ab', 'xyz', '日本', '', 'Zq']
            a[...] = np.array([words[i % len(words)] for i in range(a.size)]).reshape(a.shape)
    fix(arr)
    return arr


def build(rng):
    scalars = ['|b1', '|i1', '|u1', '<i2', '>i2', '<u2', '>u2', '<i4', '>i4', '<u4', '>u4', '<i8', '>i8',
               '<u8', '>u8', '<f2', '>f2', '<f4', '>f4', '<f8', '>f8', '<c8', '>c8', '<c16', '>c16',
               '|S1', '|S5', '<U1', '<U3', '>U3', '|V1', '|V4', '<f16', '<c32']
    for s in scalars:
        case('scalar_' + s.replace('<', 'le_').replace('>', 'be_').replace('|', ''), values(s, (5,), rng))
    for shape in [(), (0,), (0, 3), (3, 0), (4,), (2, 3), (2, 3, 4), (2, 1, 3, 2), (1, 1), (1, 5)]:
        tag = 'x'.join(map(str, shape)) or '0d'
        case('shape_%s_i2' % tag, values('<i2', shape, rng))
        if len(shape) >= 2:
            case('fortran_%s_f8' % tag, np.asfortranarray(values('>f8', shape, rng)))
            case('fortran_%s_rec' % tag, np.asfortranarray(values([('a', '<u2'), ('b', '|u1')], shape, rng)))
    case('zero_d_struct', values([('a', '<i4'), ('b', '>f8')], (), rng))
    structs = {
        'packed': [('a', '<i4'), ('b', 'u1'), ('c', '<f8')],
        'aligned': np.dtype([('a', '<i4'), ('b', 'u1'), ('c', '<f8')], align=True),
        'mixed_order': [('a', '<i2'), ('b', '>i2')],
        'subarray': [('pos', '<f4', (3,)), ('id', '<u4')],
        'subarray_2d': [('m', '>i2', (2, 2)), ('k', 'u1')],
        'nested': [('x', [('p', '<u2'), ('q', '>f4')]), ('y', '|i1')],
        'nested_subarray': [('a', [('b', '<i4', (2,))], (2,))],
        'offsets': {'names': ['a', 'b'], 'formats': ['u1', '<i4'], 'offsets': [0, 8], 'itemsize': 16},
        'offsets_tail': {'names': ['a', 'b'], 'formats': ['<u2', '<u2'], 'offsets': [2, 6], 'itemsize': 12},
        'unnamed': '<i4,<f8,|S3',
        'strings': [('s', '|S4'), ('u', '<U2'), ('v', '|V3'), ('b', '|b1')],
        'complex': [('a', 'u1'), ('z', '<c16'), ('w', '>c8')],
        'long_double': [('a', 'u1'), ('g', '<f16')],
        'all_ints': [(k, k) for k in ['<i8', '<u8', '>i8', '>u8', '<i4', '<u4', '<i2', '<u2', '|i1', '|u1']],
        'aligned_nested': np.dtype([('a', 'u1'), ('n', np.dtype([('x', '<i8'), ('y', 'u1')], align=True)),
                                    ('z', '<i2')], align=True),
        'titles': [(('Title', 'a'), '<i4'), ('b', '<i2')],
        'latin1_names': [('é', '<i4'), ('ü', '<f4')],
        'halfs': [('h', '<f2'), ('g', '>f2')],
    }
    for name, dt in structs.items():
        case('struct_' + name, values(dt, (3,), rng))
    case('struct_2d', values(structs['packed'], (2, 2), rng))
    case('empty_struct_rows', values(structs['aligned'], (0,), rng))
    case('utf8_names_v3', values([('日本', '<i4'), ('b', 'u1')], (2,), rng))
    case('version_1', values('<i4', (3,), rng), (1, 0))
    case('version_2', values('<i4', (3,), rng), (2, 0))
    case('version_3', values([('a', '<i4')], (3,), rng), (3, 0))
    many = [('field_%04d' % i, '<u1') for i in range(3000)]
    case('huge_header_v2', values(many, (1,), rng))
    case('itemsize_0', np.zeros(3, dtype=[('a', '<i4', (0,))]), divergence='itemsize 0: a buffer item has a byte')
    random_dtypes(rng)
    nested_subarrays(rng)


def nested_subarrays(rng):
    """Sub-arrays of sub-arrays: NumPy keeps each level in the descr, the format ('(3)(2)i') and the repr."""
    case('subarray_of_subarray', values([('a', ('<i4', (2,)), (3,))], (2,), rng))
    case('subarray_three_levels', values([('a', (('>i2', (2,)), (2,)), (3,)), ('b', 'u1')], (2,), rng))
    case('subarray_nested_with_gaps', values({'names': ['a', 'b'], 'formats': [(('<u2', (2, 2)), (3,)), 'u1'],
                                              'offsets': [2, 30], 'itemsize': 32}, (2,), rng))
    # 80 dimensions in all: NumPy's limit of 64 is per level (only a['a'], an 80-d array, is refused)
    deep = np.dtype([('a', ('<i4', (1,) * 40), (1,) * 40)])
    case('subarray_levels_past_64_dims', np.frombuffer(bytearray(rng.randrange(256) for _ in range(8)), deep))


def random_dtype(rng, depth=0):
    kinds = ['|b1', 'i1', 'u1', 'i2', 'u2', 'i4', 'u4', 'i8', 'u8', 'f2', 'f4', 'f8', 'c8', 'c16', 'S3', 'U2', 'V2']
    fields = []
    for i in range(rng.randrange(1, 5)):
        if depth < 2 and rng.random() < 0.2:
            t = random_dtype(rng, depth + 1)
        else:
            k = rng.choice(kinds)
            t = k if k[0] == '|' or k[0] in 'SUV' else rng.choice('<>') + k
        if rng.random() < 0.2:
            fields.append(('f%d_%d' % (depth, i), t, tuple(rng.randrange(1, 3) for _ in range(rng.randrange(1, 3)))))
        else:
            fields.append(('f%d_%d' % (depth, i), t))
    return np.dtype(fields, align=rng.random() < 0.4)


def random_dtypes(rng):
    for i in range(24):
        dt = random_dtype(rng)
        shape = tuple(rng.randrange(0, 4) for _ in range(rng.randrange(0, 3)))
        arr = values(dt, shape, rng)
        if len(shape) > 1 and rng.random() < 0.5:
            arr = np.asfortranarray(arr)
        case('random_%02d' % i, arr)


def header_bytes(text, version=(1, 0)):
    body = text.encode('latin1' if version < (3, 0) else 'utf8')
    size = struct.pack('<H' if version == (1, 0) else '<I', len(body))
    return b'\x93NUMPY' + bytes(version) + size + body


def malformed():
    good = io.BytesIO()
    np.save(good, np.arange(6, dtype='<i4'))
    good = good.getvalue()
    ok_header = "{'descr': '<i4', 'fortran_order': False, 'shape': (6,), }"
    raw('bad_magic', b'\x93NUMPX' + good[6:], 'magic')
    raw('not_npy', b'PK\x03\x04' + b'\0' * 60, 'magic')
    raw('empty_file', b'', 'truncated magic')
    raw('short_magic', good[:5], 'truncated magic')
    raw('bad_version', good[:6] + b'\x04\x00' + good[8:], 'version')
    raw('truncated_length', good[:9], 'truncated header length')
    raw('truncated_header', good[:40], 'truncated header')
    raw('truncated_data', good[:-3], 'truncated data')
    raw('header_longer_than_file', good[:8] + b'\xff\xff' + good[10:], 'header length')
    raw('giant_header_length', b'\x93NUMPY\x02\x00' + b'\xff\xff\xff\xff' + b'{' * 100, 'header length')
    raw('not_a_dict', header_bytes("[1, 2, 3]"), 'literal')
    raw('missing_key', header_bytes("{'descr': '<i4', 'shape': (6,)}") + good[128:], 'keys')
    raw('extra_key', header_bytes("{'descr': '<i4', 'fortran_order': False, 'shape': (6,), 'x': 1}") + good[128:], 'keys')
    raw('shape_list', header_bytes("{'descr': '<i4', 'fortran_order': False, 'shape': [6]}") + good[128:], 'shape')
    raw('shape_negative', header_bytes("{'descr': '<i4', 'fortran_order': False, 'shape': (-1,)}") + good[128:], 'shape')
    raw('shape_overflow', header_bytes("{'descr': '<i4', 'fortran_order': False, 'shape': (2**62, 2**62)}"), 'expression')
    raw('shape_overflow_literal', header_bytes("{'descr': '<i4', 'fortran_order': False, 'shape': (4611686018427387904, 4611686018427387904)}"), 'overflow')
    raw('shape_too_big', header_bytes("{'descr': '<i4', 'fortran_order': False, 'shape': (1000000, 1000000)}") + good[128:], 'data')
    raw('fortran_not_bool', header_bytes("{'descr': '<i4', 'fortran_order': 0, 'shape': (6,)}") + good[128:], 'bool')
    raw('object_dtype', header_bytes("{'descr': '|O', 'fortran_order': False, 'shape': (2,)}") + b'\x80\x04N.' * 4, 'object')
    obj = io.BytesIO()
    np.save(obj, np.array([1, 'two', None], dtype=object), allow_pickle=True)
    raw('pickled_objects', obj.getvalue(), 'pickle')
    raw('object_field', header_bytes("{'descr': [('a', '<i4'), ('o', '|O')], 'fortran_order': False, 'shape': (1,)}") + b'\0' * 12, 'object')
    dt = io.BytesIO()
    np.save(dt, np.array(['2020-01-01', '2021-06-30'], dtype='<M8[D]'))
    raw('datetime', dt.getvalue(), 'datetime')
    td = io.BytesIO()
    np.save(td, np.array([1, 2], dtype='<m8[s]'))
    raw('timedelta', td.getvalue(), 'timedelta')
    raw('deep_nesting', header_bytes("{'descr': " + '[' * 500 + ']' * 500 + ", 'fortran_order': False, 'shape': (1,)}"), 'nesting')
    raw('call_in_header', header_bytes("{'descr': __import__('os').getcwd(), 'fortran_order': False, 'shape': (1,)}"), 'eval')
    raw('unknown_descr', header_bytes("{'descr': '<q9', 'fortran_order': False, 'shape': (1,)}") + b'\0' * 64, 'descr')
    raw('colon_name', header_bytes("{'descr': [('a:b', '<i4')], 'fortran_order': False, 'shape': (1,)}") + b'\0' * 4, 'name')
    raw('duplicate_names', header_bytes("{'descr': [('a', '<i4'), ('a', '<i2')], 'fortran_order': False, 'shape': (1,)}") + b'\0' * 8, 'names')
    raw('big_endian_long_double', header_bytes("{'descr': '>f16', 'fortran_order': False, 'shape': (1,)}") + b'\0' * 16, 'native only')
    raw('too_many_dims', header_bytes("{'descr': '<i4', 'fortran_order': False, 'shape': (" + '1,' * 65 + ")}") + b'\0' * 4, 'ndim')
    raw('unterminated_string', header_bytes("{'descr': '<i4, 'fortran_order': False, 'shape': (1,)}") + b'\0' * 4, 'string')
    raw('bad_utf8_v3', header_bytes("{'descr': '<i4', 'fortran_order': False, 'shape': (1,)}", (3, 0)).replace(b"'<i4'", b"'<i\xff'") + b'\0' * 4, 'utf8')
    # Valid but unusual: NumPy reads them; the data is not at a multiple of 64.
    text = "{'descr': [('a', '<i4'), ('b', '<f8')], 'fortran_order': False, 'shape': (3,)}"
    raw('unaligned_data', header_bytes(text) + bytes(range(36)), None)
    text = "{'descr': '<f8', 'fortran_order': False, 'shape': (2,), }"
    raw('unaligned_scalar', header_bytes(text) + bytes(range(16)) + b'trailing bytes are ignored', None)
    text = "{'shape': (2,), \"fortran_order\": False, 'descr': '>u2'}\n"
    raw('reordered_keys', header_bytes(text) + b'\x01\x02\x03\x04', None)
    text = "{'descr': '<i2', 'fortran_order': False, 'shape': (2L, 0x1), }"
    raw('python2_long', header_bytes(text) + b'\x01\x02\x03\x04', None)
    top_level_subarrays()


def top_level_subarrays():
    """A descr that is a sub-array, which np.save never writes: numpy.load(mmap_mode='r') reads an
    array of its base with the sub-array's dimensions last (Fortran strides over all of them in
    Fortran order); numpy.load without mmap_mode fails."""
    for name, descr, fortran, shape, size in [
            ('top_subarray', "('<i4', (2,))", False, '(3,)', 24),
            ('top_subarray_int_shape', "('>u2', 3)", False, '(2,)', 12),
            ('top_subarray_fortran', "('<i2', (2,))", True, '(2, 3)', 24),
            ('top_subarray_0d', "('>f8', (2,))", False, '()', 16),
            ('top_subarray_nested', "(('<u2', (2,)), (3,))", False, '(2,)', 24),
            ('top_subarray_struct', "([('a', '<i2'), ('b', '|u1')], (2,))", False, '(2,)', 12)]:
        text = "{'descr': %s, 'fortran_order': %s, 'shape': %s, }" % (descr, fortran, shape)
        raw(name, npf_impl._wrap_header(text, (1, 0)) + bytes(range(7, 7 + size)), 'sub-array descr')


def main():
    rng = random.Random(3118)
    build(rng)
    malformed()
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    entries = []
    import warnings
    warnings.simplefilter('ignore')
    for name, arr, version, divergence in CASES:
        path = os.path.join(OUT, name + '.npy')
        if isinstance(arr, bytes):
            with open(path, 'wb') as f:
                f.write(arr)
            entry = record(name, path)
            entry['malformed'] = version
        else:
            with open(path, 'wb') as f:
                npf.write_array(f, arr, version=version)
            entry = record(name, path, divergence)
        entries.append(entry)
    with open(os.path.join(OUT, 'truth.json'), 'w', encoding='utf-8') as f:
        json.dump({'numpy': np.__version__, 'python': sys.version.split()[0], 'fixtures': entries}, f,
                  ensure_ascii=False, indent=0)
    print(len(entries), 'fixtures written to', os.path.normpath(OUT))


if __name__ == '__main__':
    main()
