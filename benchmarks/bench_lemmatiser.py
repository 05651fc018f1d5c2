"""Would a lemmatiser pay its way in the live checker? Times ``simplemma`` (the light, pure-Python
choice) against the checker's own verb tables, in a fresh process each, as the checker would meet
it: the import, the first French and English calls (which load the dictionaries), the cost per
word once loaded, the peak memory, and what it makes of words a workshop draft uses.

    pip install simplemma   # into a scratch venv: it is not a dependency of okrworkshop
    python benchmarks/bench_lemmatiser.py

Decision recorded in tests/data/eval/README.md ("A lemmatiser?").
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORDS = {
    "fr": [
        "lancer",
        "lancé",
        "lançons",
        "organisées",
        "ateliers",
        "recrutons",
        "embauché",
        "réduire",
        "fidélisé",
        "fiabiliser",
    ],
    "en": [
        "launched",
        "hiring",
        "published",
        "posts",
        "meetings",
        "reduced",
        "growing",
        "customers",
        "onboarded",
        "upskill",
    ],
}

SIMPLEMMA = """
import json, resource, sys, time
t0 = time.perf_counter(); import simplemma; t1 = time.perf_counter()
words = json.loads(sys.argv[1]); out = {}
t2 = time.perf_counter(); out["fr"] = [simplemma.lemmatize(w, lang="fr") for w in words["fr"]]
t3 = time.perf_counter(); out["en"] = [simplemma.lemmatize(w, lang="en") for w in words["en"]]
t4 = time.perf_counter()
many = (words["fr"] * 2000)[:20000]
t5 = time.perf_counter(); [simplemma.lemmatize(w, lang="fr") for w in many]; t6 = time.perf_counter()
print(json.dumps({"import_ms": 1000 * (t1 - t0), "first_fr_ms": 1000 * (t3 - t2),
  "first_en_ms": 1000 * (t4 - t3), "per_word_us": 1e6 * (t6 - t5) / len(many),
  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "lemmas": out}))
"""

OURS = """
import json, resource, sys, time
sys.path.insert(0, sys.argv[2])
t0 = time.perf_counter(); from okrworkshop.rules.text import verbs, fold; t1 = time.perf_counter()
words = json.loads(sys.argv[1]); out = {}
t2 = time.perf_counter()
for lang in ("fr", "en"):
    out[lang] = [(f.lemma if (f := verbs.lookup(fold(w), lang)) else None) for w in words[lang]]
t3 = time.perf_counter()
many = (words["fr"] * 2000)[:20000]
t5 = time.perf_counter(); [verbs.lookup(fold(w), "fr") for w in many]; t6 = time.perf_counter()
print(json.dumps({"import_ms": 1000 * (t1 - t0), "first_fr_ms": 1000 * (t3 - t2), "first_en_ms": 0.0,
  "per_word_us": 1e6 * (t6 - t5) / len(many),
  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "lemmas": out}))
"""


def run(script: str) -> dict[str, object] | None:
    done = subprocess.run(
        [sys.executable, "-c", script, json.dumps(WORDS), str(ROOT)],
        capture_output=True,
        text=True,
        check=False,
    )
    return json.loads(done.stdout) if done.returncode == 0 else None


def main() -> int:
    for name, script in (("okrworkshop verb tables", OURS), ("simplemma", SIMPLEMMA)):
        found = run(script)
        if found is None:
            print(f"{name}: not available (pip install simplemma to compare)")
            continue
        print(
            f"{name}: import {found['import_ms']:.0f} ms, first calls {found['first_fr_ms']:.0f} + "
            f"{found['first_en_ms']:.0f} ms, {found['per_word_us']:.2f} us/word after, peak {found['peak_mb']:.0f} MB"
        )
        print(f"   {found['lemmas']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
