#!/usr/bin/env python3
"""Compares the figures `nianbao parse` gave with a fixture's expected file.

    compare-figures.py EXPECTED.json PARSED.json [--list]

EXPECTED is a producer fixture's expected file or a seed's golden report (only its
tables' figures are compared).

Prints `exact wrong missing total` (wrong: a value that is not the expected one, also where
null was expected; missing: null where a value was expected). With --list, one line per
figure that is not exact. Walks the expected tree as ProducerFixtureTests does.
"""
import json
import sys


def leaves(expected, parsed, path, out):
    if isinstance(expected, dict):
        for key, value in expected.items():
            leaves(value, parsed.get(key) if isinstance(parsed, dict) else None, f"{path}.{key}" if path else key, out)
    elif isinstance(expected, list):
        for i, value in enumerate(expected):
            item = parsed[i] if isinstance(parsed, list) and i < len(parsed) else None
            leaves(value, item, f"{path}[{i}]", out)
    else:
        out.append((path, expected, parsed))


def kind(expected, parsed):
    if expected is None or parsed is None:
        return "exact" if expected is None and parsed is None else ("missing" if parsed is None else "wrong")
    if isinstance(expected, (int, float)) and not isinstance(expected, bool):
        return "exact" if isinstance(parsed, (int, float)) and not isinstance(parsed, bool) and float(parsed) == float(expected) else "wrong"
    return "exact" if expected == parsed else "wrong"


def main():
    expected = json.load(open(sys.argv[1], encoding="utf-8"))
    # A golden report (the seeds' parse, checked by hand) holds more than figures.
    if "checks" in expected:
        expected = {"activeDisclosure": expected["activeDisclosure"],
                    "applications": {"rows": expected["applications"]["rows"]},
                    "reviewAndLitigation": expected["reviewAndLitigation"]}
    try:
        parsed = json.load(open(sys.argv[2], encoding="utf-8"))
    except (OSError, ValueError):
        parsed = {}
    out = []
    leaves(expected, parsed, "", out)
    kinds = [kind(e, p) for _, e, p in out]
    print(kinds.count("exact"), kinds.count("wrong"), kinds.count("missing"), len(kinds))
    if "--list" in sys.argv:
        for (path, e, p), k in zip(out, kinds):
            if k != "exact":
                print(f"  {k}: {path}: parsed {json.dumps(p, ensure_ascii=False)}, expected {json.dumps(e, ensure_ascii=False)}")


if __name__ == "__main__":
    main()
