#!/usr/bin/env python3
"""Checks a PETRARCH2 / TABARI .actors dictionary the way PETRARCH2 reads it and reports malformed lines.

PETRARCH2 (PETRreader.read_FIN_line / read_actor_dictionary / dstr_to_ordate, PETRtree.check_date):
  * lines starting with '#' or '<!' and blank lines are skipped; anything from '#' on is dropped;
  * a line starting with '[' (after stripping) is a code, '[CODE]' or '[CODE DATES]' where DATES is
    'start-end', '>start' or '<end'; dates are YYMMDD (<= 7 characters, YY 00-30 = 20YY, else 19YY) or
    YYYYMMDD; a range covers start <= date < end; the first code covering the sentence date wins;
  * a line starting with '+' is a synonym of the current entry, any other line starts a new entry
    (an entry line may end with one inline '[CODE ...]').
Usage: check_format.py FILE [--parley]   (--parley also requires '# parley' on every entry line)
Exit status 1 when errors are found; warnings do not fail.
"""
import re
import sys

CODE_RE = re.compile(r'^(?:[A-Z0-9]{3})+$')
NAME_RE = re.compile(r"^[^\s\[\]#a-z+][^\s\[\]#a-z]*$")


def ordinal(d):
    """Returns a comparable (year, month, day) for a PETRARCH2 date string, or raises ValueError."""
    if not d.isdigit() or len(d) not in (6, 8):
        raise ValueError("date must be YYMMDD or YYYYMMDD digits: '%s'" % d)
    if len(d) == 8:
        y, m, day = int(d[:4]), int(d[4:6]), int(d[6:8])
    else:
        y, m, day = int(d[:2]), int(d[2:4]), int(d[4:6])
        y += 2000 if y <= 30 else 1900
    if not 1 <= m <= 12:
        raise ValueError("month out of range: '%s'" % d)
    leap = y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    mdays = [31, 29 if leap else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    if not 1 <= day <= mdays:
        raise ValueError("day out of range: '%s'" % d)
    return (y, m, day)


def parse_code(body):
    """body is the text between '[' and ']'. Returns (code, kind, start, end) or raises ValueError."""
    parts = body.split()
    if not parts:
        raise ValueError("empty code")
    code = parts[0]
    if not CODE_RE.match(code):
        raise ValueError("code must be upper-case letters/digits in groups of three: '%s'" % code)
    if len(parts) == 1:
        return code, 'always', None, None
    if len(parts) > 2:
        raise ValueError("extra text after the date (a space after '>'?): '%s'" % body)
    spec = parts[1]
    if spec[0] in '<>':
        return code, spec[0], ordinal(spec[1:]), None
    if spec.count('-') != 1:
        raise ValueError("date must be 'start-end', '>start' or '<end': '%s'" % spec)
    a, b = spec.split('-')
    start, end = ordinal(a), ordinal(b)
    if not start < end:
        raise ValueError("range start is not before its end: '%s'" % spec)
    return code, 'range', start, end


def check(path, parley=False):
    errors, warnings = [], []
    entries = synonyms = codes = 0
    names = {}
    current = None  # dict(name, line, codes=[...])
    six_digit = 0

    def finish(entry):
        if entry is None:
            return
        if not entry['codes']:
            errors.append((entry['line'], "entry '%s' has no code" % entry['name']))
        seen_always = False
        for ln, code, kind, start, end in entry['codes']:
            if seen_always:
                warnings.append((ln, "code after an unrestricted code is never used"))
            if kind == 'always':
                seen_always = True
        ranges = [(s, e, ln) for ln, _, k, s, e in entry['codes'] if k == 'range']
        for i, (s1, e1, l1) in enumerate(ranges):
            for s2, e2, l2 in ranges[i + 1:]:
                if s1 < e2 and s2 < e1:
                    warnings.append((l2, "range overlaps the one on line %d (the first listed wins)" % l1))

    with open(path, encoding='utf-8') as f:
        lines = f.read().split('\n')
    in_xml_comment = False
    for ln, raw in enumerate(lines, 1):
        if in_xml_comment:
            if '-->' in raw:
                in_xml_comment = False
            continue
        if not raw.strip() or raw[0] == '#' or raw.startswith('<!'):
            if raw.startswith('<!--') and '-->' not in raw:
                in_xml_comment = True
            continue
        has_comment = '#' in raw
        comment = raw[raw.find('#'):] if has_comment else ''
        line = raw[:raw.find('#')] if has_comment else raw
        if has_comment and raw.find('#') > 0 and raw[raw.find('#') - 1] not in ' \t':
            warnings.append((ln, "'#' not preceded by a space: TABARI would not read it as a comment"))
        line = line.strip()
        if not line:
            continue
        if line[0] == '[':
            if current is None:
                errors.append((ln, "code line before any entry"))
                continue
            if not line.endswith(']') or line.count('[') != 1 or line.count(']') != 1:
                errors.append((ln, "code line must be exactly one '[...]': '%s'" % line))
                continue
            try:
                code, kind, start, end = parse_code(line[1:-1])
            except ValueError as e:
                errors.append((ln, str(e)))
                continue
            if re.search(r'\b\d{6}\b', line):
                six_digit += 1
            current['codes'].append((ln, code, kind, start, end))
            codes += 1
        elif line[0] == '+':
            if current is None:
                errors.append((ln, "synonym before any entry"))
                continue
            name = line[1:].strip()
            if not NAME_RE.match(name):
                errors.append((ln, "malformed synonym (spaces, lower case or brackets): '%s'" % line))
                continue
            key = tuple(name.replace('_', ' ').split())
            if key in names:
                errors.append((ln, "name '%s' already defined on line %d" % (name, names[key])))
            names[key] = ln
            synonyms += 1
        else:
            finish(current)
            inline = None
            if line.endswith(']') and '[' in line:
                inline = line[line.rfind('[') + 1:-1]
                line = line[:line.rfind('[')].strip()
            if not NAME_RE.match(line):
                errors.append((ln, "malformed entry name (spaces, lower case or brackets): '%s'" % line))
            if parley and '# parley' not in comment:
                errors.append((ln, "entry without a '# parley' source comment"))
            key = tuple(line.replace('_', ' ').split())
            if key in names:
                errors.append((ln, "name '%s' already defined on line %d" % (line, names[key])))
            names[key] = ln
            current = dict(name=line, line=ln, codes=[])
            entries += 1
            if inline is not None:
                try:
                    code, kind, start, end = parse_code(inline)
                    current['codes'].append((ln, code, kind, start, end))
                    codes += 1
                except ValueError as e:
                    errors.append((ln, str(e)))
    finish(current)
    if current is not None:
        warnings.append((current['line'], "PETRARCH2's read_actor_dictionary never stores the last entry of a "
                         "file ('%s'); Parley's reader does" % current['name']))
    if parley and six_digit:
        warnings.append((0, "%d code lines use 6-digit dates; prefer YYYYMMDD" % six_digit))
    return entries, synonyms, codes, errors, warnings


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    path = argv[1]
    entries, synonyms, codes, errors, warnings = check(path, parley='--parley' in argv)
    for ln, msg in sorted(errors):
        print("%s:%d: error: %s" % (path, ln, msg))
    for ln, msg in sorted(warnings):
        print("%s:%d: warning: %s" % (path, ln, msg))
    print("%s: %d entries, %d synonyms, %d codes, %d errors, %d warnings"
          % (path, entries, synonyms, codes, len(errors), len(warnings)))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
