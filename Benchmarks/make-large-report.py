#!/usr/bin/env python3
"""Writes a report-like file of about SIZE megabytes: a real seed report whose
part 一 narrative is repeated until the size is reached. Used to show that
parsing time grows linearly with input size."""
import sys

seed_path, size_mb, out_path = sys.argv[1], float(sys.argv[2]), sys.argv[3]
text = open(seed_path, encoding="utf-8").read()
start = text.index("一、总体情况")
end = text.index("二、主动公开政府信息情况")
head, narrative, tail = text[:start], text[start:end], text[end:]
body = narrative.split("\n", 1)[1]
target = int(size_mb * 1024 * 1024)
parts = [head, narrative]
size = len((head + narrative + tail).encode("utf-8"))
chunk = len(body.encode("utf-8"))
while size + chunk < target:
    parts.append(body)
    size += chunk
parts.append(tail)
open(out_path, "w", encoding="utf-8").write("".join(parts))
