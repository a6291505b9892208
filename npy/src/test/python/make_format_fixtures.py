"""Writes what NumPy saves for views of PEP 3118 formats, for the tests of Npy.write.

Regenerate (from the repository root) with the machine's NumPy (2.4 wrote the committed ones):

    python3.11 npy/src/test/python/make_format_fixtures.py

It writes npy/src/test/resources/dev/structview/npy/formats/formats.json: for each case a format,
an itemsize, a shape, strides and the items' bytes (seeded), and the .npy image numpy.save writes
for numpy.asarray of a buffer exporting them. numpy.asarray reads the format as NumPy's buffer.c
does (_descriptor_from_pep3118_format): whitespace outside field names removed, then
numpy._core._internal._dtype_from_pep3118, whose itemsize must be the buffer's; the array is
made over the buffer with the view's shape and strides (PyArray_NewFromDescr, which appends the
dimensions of a sub-array dtype). Python cannot export an arbitrary format itself, so the script
takes those two steps as NumPy does.
"""
import io
import json
import os
import random
import sys

import numpy as np
from numpy._core._internal import _dtype_from_pep3118

OUT = os.path.join(os.path.dirname(__file__), '..', 'resources', 'dev', 'structview', 'npy', 'formats')

# (name, format, itemsize, shape, strides or None for C order)
CASES = [
    # unnamed fields, named as NumPy's _fix_names names them
    ('unnamed_then_f0', 'i i:f0:', 8, (2,), None),
    ('named_then_unnamed', 'i:a: i', 8, (2,), None),
    ('unnamed_between_names', 'i i:f1: i:f0:', 12, (2,), None),
    ('unnamed_around_f2', 'i i:f2: i', 12, (2,), None),
    ('unnamed_positional', '<IhB', 7, (3,), None),
    ('nested_unnamed', '<h T{<i <i:f0:}:s: B', 11, (2,), None),
    ('record_unnamed', 'T{<i:f1: <i}', 8, (2,), None),
    ('zero_count_named', 'i 0i i', 8, (2,), None),
    ('gap_first', '=xi', 5, (2,), None),
    # one unnamed repeated or shaped item: NumPy's array has its dimensions
    ('repeated', '<3i', 12, (2,), None),
    ('shaped', '(2,3)h', 12, (2,), None),
    ('chars', '3c', 3, (2,), None),
    ('strings_shaped', '(2)3s', 6, (2,), None),
    ('records_repeated', '2T{<i:a:B:b:}', 10, (3,), None),
    ('repeated_2d', '<3i', 12, (2, 2), None),
    ('repeated_fortran', '<3i', 12, (2, 3), (12, 24)),
    ('shape_of_one_fortran', '(1)<i', 4, (2, 3), (4, 8)),
    ('repeated_strided', '>2H', 4, (3,), (8,)),
    ('repeated_0d', '<2d', 16, (), ()),
    # one record and pads after it: not the record alone, a field f0 of it
    ('record_then_pad', 'T{<i:a:}4x', 8, (2,), None),
]

# (name, format, itemsize): views numpy.asarray refuses, so Npy.write must too ('refused' in the
# JSON holds NumPy's error). Pointers and n/N beside other items are refused by the format;
# items shorter than the format by its item size, as buffer.c checks it.
REFUSED = [
    ('pointer', 'P', 8),
    ('pointer_native', '@P', 8),
    ('ssize_t_beside', '@nI', 12),
    ('size_t_repeated', '2N', 16),
    ('short_int', 'i', 2),
    ('short_long', '<q', 4),
    ('short_repeated', '3h', 4),
    ('short_record', '<IhB', 5),
]


def numpy_refusal(fmt, itemsize):
    """The error numpy.asarray raises for a buffer of two such items, as 'Type: message'."""
    from _testbuffer import ndarray
    import struct
    try:
        if struct.calcsize(fmt) == itemsize:
            values = struct.unpack(fmt, bytes(itemsize))
            np.asarray(ndarray([values if len(values) > 1 else values[0]] * 2, shape=[2], format=fmt))
        else:
            dt = _dtype_from_pep3118(strip(fmt))  # buffer.c's check of the exporter's itemsize
            if dt.itemsize != itemsize:
                raise RuntimeError('Item size %d for PEP 3118 buffer format string %s does not match the dtype'
                                   ' %s item size %d.' % (itemsize, fmt, dt.char, dt.itemsize))
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)
    raise AssertionError('NumPy reads ' + fmt)


def strip(fmt):
    """buffer.c's whitespace removal: spaces go, except inside ':name:'."""
    out, in_name = [], False
    for c in fmt:
        if c == ':':
            in_name = not in_name
        if in_name or c == ':' or not c.isspace():
            out.append(c)
    return ''.join(out)


def main():
    rng = random.Random(3118)
    os.makedirs(OUT, exist_ok=True)
    cases = []
    for name, fmt, itemsize, shape, strides in CASES:
        dt = _dtype_from_pep3118(strip(fmt))
        assert dt.itemsize == itemsize, (fmt, dt, dt.itemsize)
        if strides is None:
            strides = tuple(int(np.prod(shape[k + 1:])) * itemsize for k in range(len(shape)))
        span = sum((d - 1) * s for d, s in zip(shape, strides)) + itemsize if all(shape) else 0
        data = bytes(rng.randrange(256) for _ in range(span))
        arr = np.ndarray(shape, dt, buffer=bytearray(data), strides=strides)
        f = io.BytesIO()
        np.save(f, arr)
        cases.append({'name': name, 'format': fmt, 'itemsize': itemsize, 'shape': list(shape),
                      'strides': list(strides), 'data': data.hex(), 'dtype': repr(dt), 'npy': f.getvalue().hex()})
    refused = [{'name': name, 'format': fmt, 'itemsize': itemsize, 'numpy': numpy_refusal(fmt, itemsize)}
               for name, fmt, itemsize in REFUSED]
    with open(os.path.join(OUT, 'formats.json'), 'w', encoding='utf-8') as f:
        json.dump({'numpy': np.__version__, 'python': sys.version.split()[0], 'cases': cases,
                   'refused': refused}, f, indent=0)
    print(len(cases), 'cases written to', os.path.normpath(OUT))


if __name__ == '__main__':
    main()
