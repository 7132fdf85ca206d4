#!/usr/bin/env python3
"""Draws the benchmark's p95 latency per scenario against its budget as an SVG bar chart.
Usage: chart.py RESULTS.tsv OUT.svg "subtitle"
RESULTS.tsv: scenario, clients, requests per second, fraction of the ceiling, p50, p95, p99 (ms), budget (ms or -)."""
import sys
from xml.sax.saxutils import escape


def main():
    source, target, subtitle = sys.argv[1], sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else ""
    rows = []
    with open(source, encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("#") or not line.strip():
                continue
            name, clients, rps, fraction, p50, p95, p99, budget = line.rstrip("\n").split("\t")[:8]
            rows.append((name, int(clients), float(p95), None if budget == "-" else float(budget)))
    label_width, bar_width, row_height, top = 330, 470, 24, 64
    scale_max = max([p95 for _, _, p95, _ in rows] + [b for *_, b in rows if b is not None] + [1.0]) * 1.08
    height = top + row_height * len(rows) + 40
    width = label_width + bar_width + 90
    x = lambda ms: label_width + bar_width * ms / scale_max
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="12" role="img" '
           f'aria-labelledby="title">',
           f'<title id="title">p95 latency per scenario against its budget</title>',
           f'<rect width="{width}" height="{height}" fill="white"/>',
           f'<text x="10" y="22" font-size="15" font-weight="bold">p95 latency per scenario (ms) against its budget</text>',
           f'<text x="10" y="42" fill="#444">{escape(subtitle)}</text>']
    step = 50 if scale_max <= 400 else 100
    tick = 0
    while tick <= scale_max:
        out.append(f'<line x1="{x(tick):.1f}" y1="{top - 6}" x2="{x(tick):.1f}" y2="{height - 34}" stroke="#ddd"/>')
        out.append(f'<text x="{x(tick):.1f}" y="{height - 20}" text-anchor="middle" fill="#444">{tick}</text>')
        tick += step
    for i, (name, clients, p95, budget) in enumerate(rows):
        y = top + i * row_height
        colour = "#888" if budget is None else ("#2e7d32" if p95 < budget else "#c62828")
        out.append(f'<text x="{label_width - 8}" y="{y + 15}" text-anchor="end">{escape(name)} ({clients})</text>')
        out.append(f'<rect x="{label_width}" y="{y + 4}" width="{max(1.0, x(p95) - label_width):.1f}" '
                   f'height="{row_height - 8}" fill="{colour}"/>')
        out.append(f'<text x="{x(p95) + 4:.1f}" y="{y + 15}">{p95:.0f}</text>')
        if budget is not None:
            out.append(f'<line x1="{x(budget):.1f}" y1="{y + 1}" x2="{x(budget):.1f}" y2="{y + row_height - 1}" '
                       f'stroke="black" stroke-width="2"/>')
    legend_y = height - 6
    out.append(f'<text x="10" y="{legend_y}" fill="#444">bar: measured p95 (green within budget, red over, grey no '
               f'budget); black line: budget; (n): concurrent clients</text>')
    out.append('</svg>')
    with open(target, "w", encoding="utf-8") as svg:
        svg.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
