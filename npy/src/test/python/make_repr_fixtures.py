"""Writes what NumPy prints for the arrays of structview-npy's .npy fixtures, for NpyRepr's tests.

Regenerate (from the repository root, after make_fixtures.py) with the machine's NumPy (2.4 wrote
the committed ones):

    python3.11 npy/src/test/python/make_repr_fixtures.py

It writes npy/src/test/resources/dev/structview/npy/repr/: .npy files of arrays chosen for how
NumPy prints them (float widths, scientific notation, nan and inf, signed zeros, float16 and
float32 shortest digits, complex, strings with quotes, wrapped rows, summarized arrays), and
repr.json, which records for each of those and each well-formed fixture of make_fixtures.py
repr(a.dtype), repr(a[:10]) and repr(a[:2]) (repr(a) for a 0-d array, none where NumPy cannot
print the array), with NumPy's default print options.
"""
import json
import os
import sys
import warnings

import numpy as np

HERE = os.path.dirname(__file__)
RESOURCES = os.path.join(HERE, '..', 'resources', 'dev', 'structview', 'npy')
OUT = os.path.join(RESOURCES, 'repr')
FIXTURES = os.path.join(RESOURCES, 'fixtures')


def arrays():
    rng = np.random.default_rng(3118)
    yield 'floats_mixed', np.array([1.0, 2.5, -3.125, 0.1, 100.0])
    yield 'floats_exp', np.array([1e-5, 1.5e10, -2.0, 0.0])
    yield 'floats_big_exp', np.array([1e-100, 1.5e200, 3.0])
    yield 'floats_nonfinite', np.array([np.nan, 1.5, -np.inf, np.inf, -0.0])
    yield 'floats_all_nan', np.array([np.nan, np.nan])
    yield 'floats_tie', np.array([2.0 ** -9, 1.0, 1 / 3])
    yield 'floats_random', rng.standard_normal(12)
    yield 'floats_random_wide', rng.standard_normal((3, 9)) * 1e4
    yield 'float32_digits', np.array([0.1, 1 / 3, 16777217, 3.4e38, 1e-45], dtype='<f4')
    yield 'float32_be', np.array([0.1, 0.25, -7.5], dtype='>f4')
    yield 'float16', np.array([0.1, 65504, 6e-8, -2.5, 1000], dtype='<f2')
    yield 'float16_small', np.array([0.1, 0.2, 0.3], dtype='<f2')
    yield 'complex', np.array([1 + 2j, 3.5 - 1j, -0.25j, complex(np.nan, np.inf)])
    yield 'complex64_exp', np.array([1e-7 + 1j, 2e6 - 3j], dtype='<c8')
    yield 'ints_wide', np.array([-5, 120000, 7, 0], dtype='<i4')
    yield 'uint64_max', np.array([0, 2 ** 64 - 1], dtype='<u8')
    yield 'int64_rows', np.arange(40, dtype='<i8').reshape(10, 4) * 123456789
    yield 'int16_long_row', np.arange(300, dtype='<i2').reshape(3, 100)
    yield 'summarized_1d', np.arange(2000, dtype='<i4')
    yield 'summarized_2d', np.arange(3000, dtype='<f8').reshape(10, 300) / 7
    yield 'summarized_3d', np.arange(4000, dtype='u1').reshape(10, 20, 20)
    yield 'strings', np.array(["it's", 'a"b', 'tab\there', 'é日本', ''], dtype='<U8')
    # characters outside the BMP: NumPy counts line widths in code points, not UTF-16 units
    yield 'strings_astral', np.array([['\U0001F600'] * 30] * 2)
    yield 'strings_astral_row', np.array(['\U0001F600'] * 10)
    yield 'names_astral', np.zeros(3, dtype=[('\U0001F600' * 25, '<i2')])
    # code points one by one: surrogates side by side stay two; values past U+10FFFF are escaped
    points = [0xD800, 0xDC00, 0x41, 0, 0xDC00, 0xD800, 0, 0, 0xDBFF, 0xDFFF, 0x1F600, 0x20]
    yield 'strings_surrogates', np.frombuffer(np.array(points, dtype='<u4').tobytes(), '<U4')
    past = [0x41, 0x110000, 0, 0x03020100, 0x42, 0x43, 0xFFFFFFFF, 0x41, 0]
    yield 'strings_past_unicode', np.frombuffer(np.array(past, dtype='>u4').tobytes(), '>U3')
    yield 'bytes', np.array([b"it's", b'\x00\x7f\xff', b'a\\b', b''], dtype='S4')
    yield 'bools_2d', np.array([[True, False], [False, True]])
    yield 'bool_0d', np.array(True)
    yield 'float_0d', np.array(-2.5, dtype='>f8')
    yield 'record_0d_bool', np.array((1.5, True), dtype=[('a', '<f8'), ('b', '?')])
    bools = [('n', [('t', '?')]), ('s', '?', (2,)), ('i', '<i2')]
    yield 'record_0d_nested_bools', np.array(((True,), [True, False], 3), dtype=bools)
    yield 'records_nested_bools', np.array([((True,), [True, False], 3)], dtype=bools)
    yield 'records', np.array([(1, -3, 0), (2, 5, 1), (70000, -32768, 255)],
                              dtype=[('id', '<u4'), ('delta', '<i2'), ('flags', 'u1')])
    yield 'records_floats', np.array([(1.5, 1e-9, 'x'), (-2.0, 3.0, 'yz')],
                                     dtype=[('a', '<f8'), ('b', '>f4'), ('s', '<U2')])
    yield 'records_wrapping', np.array([(i, i * 1.5, b'abc') for i in range(10)],
                                       dtype=[('index', '<i8'), ('value', '<f8'), ('tag', 'S3')])
    big = np.zeros(2, dtype=[('m', '<i2', (30, 40)), ('k', 'u1')])
    big['m'] = np.arange(2400).reshape(2, 30, 40)
    yield 'records_summarized_field', big
    nested = np.zeros(2, dtype=[('m', ('<i2', (40,)), (30,)), ('k', 'u1')])
    nested['m'] = np.arange(2400).reshape(2, 30, 40)
    yield 'records_summarized_nested_field', nested  # 1200 items in two levels of 30 and 40
    yield 'empty_2d', np.zeros((0, 4), dtype='<f4')
    yield 'empty_bool', np.zeros(0, dtype=bool)
    yield 'empty_bool_2d', np.zeros((2, 0), dtype=bool)
    yield 'empty_rows', np.zeros((12, 0), dtype='<i8')
    yield 'fortran', np.asfortranarray(np.arange(12, dtype='<i2').reshape(3, 4))


def describe(a):
    rows = {'dtype': repr(a.dtype)}
    try:
        if a.ndim == 0:
            rows['repr'] = {'0d': repr(a)}
        else:
            rows['repr'] = {'10': repr(a[:10]), '2': repr(a[:2])}
    except ValueError:
        rows['repr'] = {}  # a field of more than 64 dimensions in all: NumPy prints its dtype only
    return rows


def main():
    warnings.simplefilter('ignore')
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    cases = []
    for name, a in arrays():
        np.save(os.path.join(OUT, name + '.npy'), a)
        cases.append(dict(describe(a), name=name, file='repr/' + name + '.npy'))
    with open(os.path.join(FIXTURES, 'truth.json'), encoding='utf-8') as f:
        fixtures = json.load(f)['fixtures']
    for fx in fixtures:
        if 'numpy_error' in fx or 'divergence' in fx or 'error' in fx.get('load', fx['mmap']):
            continue
        # a sub-array descr loads only with mmap_mode, as the array its memmap shows
        mmap = 'r' if 'load_error' in fx else None
        a = np.asarray(np.load(os.path.join(FIXTURES, fx['file']), mmap_mode=mmap, max_header_size=1 << 20))
        if a.dtype.kind in 'mMO' or np.dtype(a.dtype).itemsize == 0:
            continue
        cases.append(dict(describe(a), name=fx['name'], file='fixtures/' + fx['file'],
                          long_double='f16' in str(a.dtype.descr) or 'f16' in a.dtype.str or
                          'c32' in a.dtype.str or 'c32' in str(a.dtype.descr)))
    with open(os.path.join(OUT, 'repr.json'), 'w', encoding='utf-8') as f:
        json.dump({'numpy': np.__version__, 'python': sys.version.split()[0], 'cases': cases}, f,
                  ensure_ascii=False, indent=0)
    print(len(cases), 'cases written to', os.path.normpath(OUT))


if __name__ == '__main__':
    main()
