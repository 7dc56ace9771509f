import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))  # "from conftest import CORPUS" in importlib mode
CORPUS = ROOT / "corpora"
GOLDEN = Path(__file__).parent / "golden"
