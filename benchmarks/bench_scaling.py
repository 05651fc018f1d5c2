"""Costs that grow with the work, not faster: per-item cost of check, convert and poster at 1×, 10×, 100×.

Input shapes (issue 10, item 7), each at 1×, 10× and 100× its base size so that 100× is the size
the issue names:

- ``json``: a JSON draft of objectives with long descriptions and four key results each, about
  5 KB per objective (100 → 1,000 → 10,000 objectives: 0.5 → 5 → 50 MB);
- ``csv``: CSV rows, one objective and four key results per five rows (1,000 → 10,000 → 100,000);
- ``notes``: a JSON draft of sticky notes (200 → 2,000 → 20,000);
- ``chain``: objectives each aligned to the one before, across ten teams (30 → 300 → 3,000 deep);
- ``word``: one card whose title is a single long word (400 → 4,000 → 40,000 characters).

Verbs: ``check`` (JSON shapes), ``convert`` (to ``.okrw``; CSV to ``.json``) and ``poster`` (A0 PDF).
Each run is a fresh process that imports okrworkshop and the verb first, then times the verb
itself (``okrworkshop.cli.main``) in CPU seconds of that process (``time.process_time``: the
machine is shared, and CPU time does not count the waits for a core) and reports its peak RSS.
Per-item cost = time / items; "growth" is the per-item cost at 100× over the one at 10× (1.0 =
linear; 10× over 1× mostly shows a run's fixed costs spread over more items). A run over
``--timeout`` seconds of wall time is stopped and shown as ``>T``.

Run: ``.venv/bin/python benchmarks/bench_scaling.py [--source DIR] [--only SHAPE ...]``.
``--source`` times another checkout of okrworkshop (for before/after figures).
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SCALES = (1, 10, 100)
BASE = {"json": 100, "csv": 1_000, "notes": 200, "chain": 30, "word": 400}
VERBS = {
    "json": ("check", "convert", "poster"),
    "csv": ("convert", "poster"),
    "notes": ("check", "convert", "poster"),
    "chain": ("check", "convert", "poster"),
    "word": ("check", "convert", "poster"),
}
DESCRIPTION = (
    "Notre boulangerie de quartier veut devenir le premier arrêt des matinaux : pain chaud dès "
    "6 h 30, café correct, file d’attente courte. "
) * 36  # about 4.7 KB
KRS = (
    "Faire passer le NPS des clients du matin de 32 à 45",
    "Augmenter les ventes entre 7 h et 9 h de 1 850 € à 2 300 € par semaine",
    "Réduire les invendus de 14 % à 6 % de la production",
    "Ramener les ruptures de baguette avant 19 h de 9 à 2 jours par mois",
)


def _draft(teams: list[dict[str, object]], notes: list[dict[str, object]] | None = None) -> dict[str, object]:
    return {
        "format": "okrworkshop/v1",
        "workshop": {"title": "Scaling", "language": "fr", "period": "2027-T1"},
        "teams": teams,
        "notes": notes or [],
    }


def _key_results() -> list[dict[str, object]]:
    return [
        {"title": t, "owner": "Léa", "baseline": 10 * k, "target": 10 * k + 5, "unit": "%", "confidence": 5}
        for k, t in enumerate(KRS)
    ]


def make_input(shape: str, items: int, folder: Path) -> Path:
    """The input file of ``shape`` with ``items`` items, in ``folder``."""
    if shape == "json":
        teams = [
            {
                "name": f"Équipe {t}",
                "objectives": [
                    {
                        "title": f"Objectif {t}.{o} : devenir la boulangerie préférée des matinaux",
                        "owner": "Claire",
                        "description": DESCRIPTION,
                        "key_results": _key_results(),
                    }
                    for o in range(min(5, items - 5 * t))
                ],
            }
            for t in range((items + 4) // 5)
        ]
        data: object = _draft(teams)
    elif shape == "notes":
        data = _draft(
            [{"name": "Équipe"}],
            [{"text": f"Idée {n} : ouvrir le dimanche matin ?", "team": None} for n in range(items)],
        )
    elif shape == "chain":
        teams = [{"name": f"Niveau {t}", "objectives": []} for t in range(10)]
        for i in range(items):
            objective: dict[str, object] = {"title": f"Objectif {i}", "key_results": _key_results()[:2]}
            if i:
                objective["aligned_to"] = f"Niveau {(i - 1) % 10}/Objectif {i - 1}"
            teams[i % 10]["objectives"].append(objective)  # type: ignore[attr-defined]
        data = _draft(teams)
    elif shape == "word":
        word = ("Rechtsschutzversicherungsgesellschaften" * (items // 39 + 1))[:items]
        data = _draft([{"name": "Équipe", "objectives": [{"title": word, "key_results": _key_results()}]}])
    elif shape == "csv":
        buffer = io.StringIO(newline="")
        writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
        writer.writerow(["outline", "type", "team", "title", "owner", "baseline", "target", "unit"])
        objective = 0
        for row in range(items):
            team = f"Équipe {row // 25}"
            if row % 5 == 0:
                objective += 1
                writer.writerow(
                    [str(objective), "objective", team, f"Objectif {objective}", "Claire", "", "", ""]
                )
            else:
                k = row % 5
                writer.writerow([f"{objective}.{k}", "key_result", team, KRS[k - 1], "Léa", "10", "15", "%"])
        path = folder / f"{shape}-{items}.csv"
        path.write_bytes(buffer.getvalue().encode("utf-8-sig"))
        return path
    else:
        raise ValueError(shape)
    path = folder / f"{shape}-{items}.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


_CHILD = r"""
import sys, time
from okrworkshop.cli import main
import okrworkshop.cli.{verb}
import okrworkshop.storage, okrworkshop.interchange, okrworkshop.exports.csv_format
import okrworkshop.rules
if "{verb}" == "poster":
    import okrworkshop.poster.export, reportlab.pdfgen.canvas, pypdf
args = {args!r}
start = time.process_time()
code = main(args)
elapsed = time.process_time() - start
# VmHWM, not ru_maxrss: the latter keeps the peak of the parent this process was forked from.
peak = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM:"))
print(code, elapsed, peak, file=sys.__stdout__)
"""


def measure(verb: str, source: Path, folder: Path, repo: Path, timeout: float) -> tuple[float | None, int]:
    """Seconds the verb takes on ``source`` (None past ``timeout``) and the peak RSS in MB."""
    if verb == "check":
        args = ["check", str(source), "--format", "json"]
    elif verb == "convert":
        target = folder / ("out.json" if source.suffix == ".csv" else "out.okrw")
        target.unlink(missing_ok=True)
        args = ["convert", str(source), str(target)]
    else:
        target = folder / "out.pdf"
        target.unlink(missing_ok=True)
        args = ["poster", str(source), "-o", str(target)]
    code = _CHILD.format(verb=verb, args=args)
    env = dict(os.environ, PYTHONPATH=str(repo), QT_QPA_PLATFORM="offscreen")
    try:
        done = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            env=env,
            timeout=timeout,
            cwd=folder,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return None, 0
    last = done.stdout.strip().splitlines()[-1:] or [""]
    try:
        exit_code, seconds, rss = last[0].split()
    except ValueError:
        raise SystemExit(f"{verb} {source.name} failed:\n{done.stderr[-2000:]}") from None
    if exit_code not in ("0", "1"):
        raise SystemExit(f"{verb} {source.name} exited {exit_code}:\n{done.stderr[-2000:]}")
    return float(seconds), int(rss) // 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=REPO, help="the okrworkshop checkout to time")
    parser.add_argument("--only", nargs="*", choices=sorted(BASE), help="shapes to run (default: all)")
    parser.add_argument("--verbs", nargs="*", choices=("check", "convert", "poster"), help="verbs to run")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds before a run is stopped")
    parser.add_argument("--scales", nargs="*", type=int, default=list(SCALES))
    args = parser.parse_args()
    print(f"okrworkshop from {args.source}")
    print(
        f"{'shape':<6} {'verb':<8}" + "".join(f" {f'{s}×':>28}" for s in args.scales) + "   growth 10×→100×"
    )
    with tempfile.TemporaryDirectory(prefix="okrw-scaling-") as name:
        folder = Path(name)
        for shape in args.only or BASE:
            inputs = {s: make_input(shape, BASE[shape] * s, folder) for s in args.scales}
            for verb in VERBS[shape]:
                if args.verbs and verb not in args.verbs:
                    continue
                cells, per_item = [], []
                stopped = False
                for scale in args.scales:
                    items = BASE[shape] * scale
                    if stopped:
                        cells.append(f"{'(skipped)':>28}")
                        continue
                    seconds, rss = measure(verb, inputs[scale], folder, args.source, args.timeout)
                    if seconds is None:
                        cells.append(f"{f'{items:,}: >{args.timeout:g} s':>28}")
                        stopped = True  # a larger input would take longer still
                        continue
                    per_item.append(seconds / items)
                    cell = f"{items:,}: {seconds:.2f} s {seconds / items * 1e6:,.0f} µs {rss} MB"
                    cells.append(f"{cell:>28}")
                growth = (
                    f"{per_item[-1] / per_item[-2]:.2f}" if len(per_item) == len(args.scales) > 1 else "-"
                )
                print(f"{shape:<6} {verb:<8}" + "".join(f" {c}" for c in cells) + f"   {growth}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
