#!/usr/bin/env python3
"""Does a plan read the same as a Word file as it does as text? Writes each text plan as .docx
the ways offices write them, lints the text and every variant, and prints every finding or
reading (kind, profile, year, title) that differs, per variant.

    python3 scripts/docx-parity.py PLANS... [--bin .build/debug/planlint] [--variants plain indent ...]
        [--kind plan] [--keep DIR]

PLANS are .txt plans or folders of them (python-docx writes the variants; planlint does not
need it). The variants:

  plain     one paragraph a line, as the text is (blank lines too); a header with the unit's
            name and a footer with the page number, which planlint does not read
  indent    as Word is typed: no blank paragraphs, indentation a first-line indent instead of
            leading (full-width) spaces
  headings  indent, and the title in the Title style; 一、 （一） headings in Heading 1 and 2,
            1. items in List Paragraph (one style for a list's items), their typed numbers removed
            and produced by one multilevel list in numbering.xml (chineseCounting, the same in
            parentheses, decimal; suffix a tab as Word's default). A number Word would not
            produce there (a gap, a repeat) stays typed, in the style with numbering turned off
  table     indent, and a month schedule (一月份：… / 3月：…, three or more) as a table:
            月份 | 工作内容, the items under a month as paragraphs of its work cell
  runs      indent, every paragraph split into runs at random points (some bold)
  breaks    indent, one pair of paragraphs in eight joined into one by a line break (w:br), as
            Shift+Enter types them
  textbox   indent, the title in a text box anchored in an empty paragraph, as Word writes one
            (a DrawingML shape, and the VML fallback for older readers)

A finding is compared by rule, category and place: the text's line, or the lines the .docx
line was written from (a table row's cells written from one text line are one place; planlint
reads a line break as the end of a line, so the lines a w:br joined stay lines of their own).
Exit status 1 when anything differs. docs/rules.md ("Word files") says
what it found.
"""
import argparse
import collections
import copy
import json
import os
import random
import re
import subprocess
import sys
import tempfile

from parity_difference import tally

VARIANTS = ["plain", "indent", "headings", "table", "runs", "breaks", "textbox"]
CN = "一二三四五六七八九十"
LEVEL_PATTERNS = [  # typed heading numbers, by list level
    re.compile(r"^([一二三四五六七八九十]{1,3})([、.．])\s*(?=\S)"),
    re.compile(r"^([（(])([一二三四五六七八九十]{1,3})([）)])\s*(?=\S)"),
    re.compile(r"^(\d{1,2})([、.．])(?!\d)\s*(?=\S)"),
]
MONTH = re.compile(
    r"^(?:(\d{1,2})[、.．]\s*)?((?:\d{1,2}|十[一二]|[一二三四五六七八九十])月份?(?:上旬|中旬|下旬|初|底|末)?)"
    r"(?:[：:，,、\s]\s*|(?=[^\d月份])|$)(.*)$")
FIRST_NUM = 101  # past the numIds python-docx's template holds
INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def chinese_value(text):
    if text == "十":
        return 10
    if text.startswith("十"):
        return 10 + CN.index(text[1]) + 1
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (CN.index(tens) + 1) * 10 + (CN.index(ones) + 1 if ones else 0)
    return CN.index(text) + 1 if len(text) == 1 else None


def read_text(path):
    data = open(path, "rb").read()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        text = data.decode("utf-8", errors="replace")
    return [INVALID_XML.sub("", line) for line in text.splitlines()]


class Para:
    """A paragraph to write: its text, the 1-based text lines it comes from, and its form."""

    def __init__(self, text, lines, style=None, num=None, indent=False):
        self.text, self.lines, self.style, self.num, self.indent = text, lines, style, num, indent
        self.breaks = []  # more (text, lines) joined after a w:br


def plain(lines):
    return [Para(line, [i + 1]) for i, line in enumerate(lines)]


def indented(lines):
    paras = []
    for i, line in enumerate(lines):
        stripped = line.lstrip(" \t\u3000\u00a0")
        if stripped.strip():
            paras.append(Para(stripped.rstrip(), [i + 1], indent=stripped != line))
    return paras


def numbered(paras):
    """Headings numbered by Word: returns the paragraphs and the list instances used."""
    separators = [collections.Counter() for _ in LEVEL_PATTERNS]
    for p in paras[1:]:
        for level, pattern in enumerate(LEVEL_PATTERNS):
            m = pattern.match(p.text)
            if m:
                separators[level][m.group(2) if level != 1 else m.group(1) + m.group(3)] += 1
    chosen = [c.most_common(1)[0][0] if c else None for c in separators]
    instances = [FIRST_NUM]  # numIds; a restart at 1 opens a new one (Word's "restart numbering")
    counters = {}
    if paras:
        paras[0].style = "Title"
    for p in paras[1:]:
        for level, pattern in enumerate(LEVEL_PATTERNS):
            m = pattern.match(p.text)
            if not m:
                continue
            if level == 1:
                value, separator = chinese_value(m.group(2)), m.group(1) + m.group(3)
            else:
                value = chinese_value(m.group(1)) if level == 0 else int(m.group(1))
                separator = m.group(2)
            predicted = counters.get(level, 0) + 1
            if separator != chosen[level] or value is None or (value != predicted and value != 1):
                break  # kept typed, in body text, as a number Word would not produce is
            p.style = ["Heading 1", "Heading 2", "List Paragraph"][level]
            if value != predicted:
                instances.append(instances[-1] + 1)
                counters = {}
            counters[level] = value
            for deeper in [k for k in counters if k > level]:
                del counters[deeper]
            p.text = p.text[m.end():]
            p.num = (instances[-1], level)
            break
    return paras, chosen, instances


def tabled(paras):
    """Runs of month lines (three or more) become tables: a list of Para or ('table', rows)."""
    out, i = [], 0
    while i < len(paras):
        start = i
        rows = []
        while i < len(paras):
            m = MONTH.match(paras[i].text)
            if m:
                work = [Para(m.group(3), paras[i].lines)] if m.group(3).strip() else []
                rows.append((Para(m.group(2), paras[i].lines), work))
                i += 1
                continue
            if not rows or any(p.match(paras[i].text) for p in LEVEL_PATTERNS[:2]):
                break
            # Under the last month only marked items (1、 - ①) belong to it: what follows
            # the schedule (a signature, a closing paragraph) is no month's work.
            ahead = next((j for j in range(i, min(i + 12, len(paras))) if MONTH.match(paras[j].text)), None)
            if ahead is None and not re.match(r"^(\d{1,2}[、.．,，]|[-·•]|[（(]\d|[①-⑳])", paras[i].text):
                break
            rows[-1][1].append(paras[i])
            i += 1
        if len(rows) >= 3:
            out.append(("table", rows))
        else:
            out.extend(paras[start:max(i, start + 1)])
            i = max(i, start + 1)
    return out


def join_breaks(paras, rng):
    joined = []
    for p in paras:
        if joined and rng.random() < 0.12 and not joined[-1].breaks:
            joined[-1].breaks.append((p.text, p.lines))
            joined[-1].lines = joined[-1].lines + p.lines
        else:
            joined.append(p)
    return joined


def add_runs(paragraph, text, rng, split):
    if not split:
        paragraph.add_run(text)
        return
    cuts = sorted(rng.sample(range(1, len(text)), min(len(text) - 1, rng.randint(1, 4)))) if len(text) > 1 else []
    for a, b in zip([0] + cuts, cuts + [len(text)]):
        run = paragraph.add_run(text[a:b])
        run.bold = rng.random() < 0.2


TEXTBOX = (
    '<w:r {ns}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" '
    'simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
    '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph">'
    '<wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="5000000" cy="600000"/><wp:wrapTopAndBottom/>'
    '<wp:docPr id="1" name="Text Box 1"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
    '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5000000" cy="600000"/></a:xfrm>'
    '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr><wps:txbx><w:txbxContent><w:p><w:pPr><w:jc w:val="center"/></w:pPr>'
    '<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p></w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData>'
    '</a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape style="width:390pt;height:47pt">'
    '<v:textbox><w:txbxContent><w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p></w:txbxContent></v:textbox>'
    '</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>')


TEXTBOX_NS = " ".join(f'xmlns:{prefix}="{uri}"' for prefix, uri in [
    ("w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main"),
    ("mc", "http://schemas.openxmlformats.org/markup-compatibility/2006"),
    ("wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"),
    ("a", "http://schemas.openxmlformats.org/drawingml/2006/main"),
    ("wps", "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"),
    ("v", "urn:schemas-microsoft-com:vml")])


def escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def number(ppr, num_id, level):
    numpr = ppr.get_or_add_numPr()  # python-docx keeps the schema's order of pPr's children
    numpr.get_or_add_ilvl().val = level
    numpr.get_or_add_numId().val = num_id


def write(paras, path, variant, rng, numbering=None):
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn
    from docx.shared import Pt

    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "某某单位工会"
    section.footer.paragraphs[0]._p.append(parse_xml(
        f'<w:fldSimple {nsdecls("w")} w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
    if numbering:
        chosen, instances = numbering
        part = document.part.numbering_part.element
        texts = [f"%1{chosen[0] or '、'}", f"{(chosen[1] or '（）')[0]}%2{(chosen[1] or '（）')[1]}", f"%3{chosen[2] or '.'}"]
        formats = ["chineseCounting", "chineseCounting", "decimal"]
        links = ['<w:pStyle w:val="Heading1"/>', '<w:pStyle w:val="Heading2"/>', ""]
        levels = "".join(
            f'<w:lvl w:ilvl="{k}"><w:start w:val="1"/><w:numFmt w:val="{formats[k]}"/>{links[k]}'
            f'<w:lvlText w:val="{texts[k]}"/><w:lvlJc w:val="left"/></w:lvl>' for k in range(3))
        part.insert(0, parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">{levels}</w:abstractNum>'))
        for num in instances:
            overrides = "" if num == FIRST_NUM else "".join(
                f'<w:lvlOverride w:ilvl="{k}"><w:startOverride w:val="1"/></w:lvlOverride>' for k in range(3))
            part.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{num}"><w:abstractNumId w:val="90"/>{overrides}</w:num>'))
        for k in range(2):  # Heading 1 and 2 carry the list's levels, as a linked multilevel list does
            number(document.styles[f"Heading {k + 1}"].element.get_or_add_pPr(), FIRST_NUM, k)
    split = variant == "runs"
    mapping = []  # 1-based paragraph → text lines, in the order planlint reads paragraphs

    def paragraph(p, container):
        para = container.add_paragraph(style=p.style) if p.style else container.add_paragraph()
        if p.indent:
            para.paragraph_format.first_line_indent = Pt(24)
        if p.num and (p.num[0] != FIRST_NUM or p.style not in ("Heading 1", "Heading 2") or p.num[1] != int(p.style[-1]) - 1):
            number(para._p.get_or_add_pPr(), *p.num)
        add_runs(para, p.text, rng, split)
        mapping.append(p.lines[:len(p.lines) - sum(len(lines) for _, lines in p.breaks)])
        for text, lines in p.breaks:  # a line break starts a line, as planlint reads it
            para.add_run().add_break()
            add_runs(para, text, rng, split)
            mapping.append(lines)
        return para

    if variant == "textbox" and paras:
        title = paras.pop(0)
        anchor = document.add_paragraph()
        anchor._p.append(parse_xml(TEXTBOX.format(ns=TEXTBOX_NS, text=escape(title.text))))
        mapping += [title.lines, []]  # the box's paragraph is read before its anchor's
    for item in paras:
        if isinstance(item, tuple):
            rows = item[1]
            table = document.add_table(rows=len(rows) + 1, cols=2)
            table.style = "Table Grid"
            for cell, title in zip(table.rows[0].cells, ["月份", "工作内容"]):
                cell.paragraphs[0].text = title
                mapping.append([])
            for (month, work), row in zip(rows, table.rows[1:]):
                for cell, cell_paras in ((row.cells[0], [month]), (row.cells[1], work or [Para("", month.lines)])):
                    first = cell.paragraphs[0]
                    for n, p in enumerate(cell_paras):
                        if n == 0:
                            add_runs(first, p.text, rng, split)
                            mapping.append(p.lines)
                        else:
                            paragraph(p, cell)
        else:
            paragraph(item, document)
    document.save(path)
    # python-docx's template starts the body with no paragraph; planlint reads from the first.
    return mapping


def lint(binary, folder):
    out = subprocess.run([binary, "--format", "json", "--fail-on", "never", folder],
                         capture_output=True, text=True, check=True).stdout
    return {os.path.relpath(r["path"], folder): r for r in json.loads(out)["files"]}


def place_keys(mapping):
    """Text line → place, and paragraph → place: lines written into one paragraph, and
    paragraphs written from one line, are one place (the smallest of its lines)."""
    parent = {}

    def find(x):
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    for lines in mapping:
        for line in lines[1:]:
            a, b = find(lines[0]), find(line)
            parent[max(a, b)] = min(a, b)
    by_para = [find(lines[0]) if lines else "added" for lines in mapping]
    return find, by_para


def findings(report, key):
    return collections.Counter((f["rule"], f.get("category"), key(f["line"])) for f in report["findings"])


def reading(report):
    return {k: (report.get(k) or "").strip() if k == "title" else report.get(k) for k in ("kind", "profile", "year", "title")}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("plans", nargs="+", help=".txt plans or folders of them")
    parser.add_argument("--bin", default=".build/debug/planlint")
    parser.add_argument("--variants", nargs="+", default=VARIANTS, choices=VARIANTS)
    parser.add_argument("--kind", default="plan", help="only texts read as this kind ('any': all)")
    parser.add_argument("--keep", help="write the variants here instead of a temporary folder")
    args = parser.parse_args()
    sources = []
    for given in args.plans:
        if os.path.isdir(given):
            sources += sorted(os.path.join(root, n) for root, _, names in os.walk(given) for n in names if n.endswith(".txt"))
        else:
            sources.append(given)
    scratch_holder = None if args.keep else tempfile.TemporaryDirectory()
    scratch = args.keep or scratch_holder.name
    names = {}
    os.makedirs(os.path.join(scratch, "text"), exist_ok=True)
    for path in sources:
        name = os.path.basename(os.path.dirname(path)) + "__" + os.path.basename(path)
        names[name[:-4]] = read_text(path)
        with open(os.path.join(scratch, "text", name), "w", encoding="utf-8") as out:
            out.write("\n".join(names[name[:-4]]) + "\n")
    text = lint(args.bin, os.path.join(scratch, "text"))
    if args.kind != "any":
        names = {n: v for n, v in names.items() if text[n + ".txt"].get("kind") == args.kind}
    differing = 0
    for variant in args.variants:
        folder = os.path.join(scratch, variant)
        os.makedirs(folder, exist_ok=True)
        mappings = {}
        for name, lines in sorted(names.items()):
            rng = random.Random(name)
            paras = plain(lines) if variant == "plain" else indented(lines)
            numbering = None
            if variant == "headings":
                paras, chosen, instances = numbered(paras)
                numbering = (chosen, instances)
            elif variant == "table":
                paras = tabled(paras)
                if not any(isinstance(p, tuple) for p in paras):
                    continue
            elif variant == "breaks":
                paras = join_breaks(paras, rng)
            mappings[name] = write(paras, os.path.join(folder, name + ".docx"), variant, rng, numbering)
        reports = lint(args.bin, folder) if mappings else {}
        lost = gained = changed = 0
        for name, mapping in sorted(mappings.items()):
            base, other = text[name + ".txt"], reports[name + ".docx"]
            find, by_para = place_keys(mapping)
            mine = findings(base, find)
            theirs = findings(other, lambda line: by_para[line - 1] if 0 < line <= len(by_para) else line)
            counts = tally(variant, name, (reading(base), mine), (reading(other), theirs))
            changed, lost, gained = changed + counts[0], lost + counts[1], gained + counts[2]
        print(f"{variant}: {len(mappings)} plans, {changed} read differently, {lost} findings lost, {gained} gained")
        differing += changed + lost + gained
    sys.exit(1 if differing else 0)


if __name__ == "__main__":
    main()
