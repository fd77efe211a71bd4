"""Multipart boundaries renamed to a few fixed ones before parsing.

The standard library's parser compiles a regular expression for every multipart boundary it
meets, and a boundary is unique to its message: the regex cache never hits, and compiling was a
quarter of an mbox import. With each message's boundaries renamed in order (`=_crm_0_=`,
`=_crm_1_=`, ...) the same few patterns come back from the cache. Only the header parameters
naming a boundary and the lines that begin with "--" + boundary change; such a line cannot
appear inside the parts (RFC 2046 5.1.1), and "=_" cannot start a boundary a message chose by
chance (it is no valid quoted-printable, no base64)."""

from __future__ import annotations

import re

_PARAMETER = re.compile(rb'\bboundary\s*=\s*(?:"([^"\r\n]{1,200})"|([^\s;"]{1,200}))', re.I)


def canonical_boundaries(data: bytes) -> bytes:
    """`data` with its multipart boundaries renamed (unchanged when it has none)."""
    found = [quoted or bare for quoted, bare in _PARAMETER.findall(data)]
    if not found:
        return data
    renamed = {name: b"=_crm_%d_=" % n for n, name in enumerate(dict.fromkeys(found))}

    def parameter(match: re.Match[bytes]) -> bytes:
        return b'boundary="' + renamed[match.group(1) or match.group(2)] + b'"'

    data = _PARAMETER.sub(parameter, data)
    for name in sorted(renamed, key=len, reverse=True):  # a boundary may begin with another
        data = data.replace(b"\n--" + name, b"\n--" + renamed[name])
    return data
