"""Regenerate the number words in models/<lang>/numbers.json with num2words.

    python scripts/gen_number_words.py            # rewrite the files
    python scripts/gen_number_words.py --check    # exit 1 if the files differ from a fresh run

num2words (installed with quantulum3) spells numbers in many languages; we store its output as
plain data so the pipeline never calls it. Dutch writes compounds as one word (0-100, the
hundreds and some thousands are listed); English composes 'twenty-one' and 'two hundred' from
single words at read time (rewriter/numbers.py), so only single words are listed. Dutch 'een'
is left out on purpose: it is the indefinite article far more often than the number one.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from num2words import num2words

MODELS = Path(__file__).resolve().parent.parent / "models"


def dutch() -> dict[str, int]:
    words: dict[str, int] = {}
    numbers = [*range(0, 101), *range(200, 1000, 100), 2000, 3000, 4000, 5000, 10000]
    for n in numbers:
        w = num2words(n, lang="nl")
        if " " in w:
            continue
        words[w] = n
        for accented, plain in (("ë", "e"), ("é", "e")):
            if accented in w:
                words[w.replace(accented, plain)] = n
    words.pop("een", None)
    words["één"] = 1
    words["honderdduizend"] = 100000
    words["tienduizend"] = 10000
    return words


def english() -> dict[str, int]:
    words: dict[str, int] = {}
    for n in range(0, 101):
        w = num2words(n, lang="en")
        if "-" not in w and " " not in w:
            words[w] = n
    return words


def main(argv: list[str]) -> int:
    changed = []
    for lang, words in (("nl", dutch()), ("en", english())):
        path = MODELS / lang / "numbers.json"
        data = json.loads(path.read_text(encoding="utf-8"))
        if data["number_words"] != words:
            changed.append(lang)
            data["number_words"] = words
            if "--check" not in argv:
                text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
                path.write_text(text, encoding="utf-8")
    if "--check" in argv and changed:
        print(f"number words out of date: {', '.join(changed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
