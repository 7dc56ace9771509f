"""How much the robustness suite generates: the fast part (``make test``) or,
with ``CHITIEU_ROBUSTNESS=long`` (``make robustness``), the long part."""
from __future__ import annotations

import os

LONG = os.environ.get("CHITIEU_ROBUSTNESS") == "long"
#: Hypothesis examples of generated text.
TEXT_EXAMPLES = 100_000 if LONG else int(os.environ.get("CHITIEU_TEXT_EXAMPLES", 500))
#: Generated files (random and mutated bytes) sent through one batch.
GENERATED_FILES = 10_000 if LONG else 32
