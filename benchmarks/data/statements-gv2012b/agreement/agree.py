"""Agreement of annotator f, who worked apart on posts 318546, 318488 and 319292 (one of each of annotators
a, c and e), with the first labels (``benchmarks/data/statements_agree.py``). Run from the project root:
python3 benchmarks/data/statements-gv2012b/agreement/agree.py [annotations_f.py]"""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
from statements_agree import agree  # noqa: E402

agree(HERE.parent, [f"annotations_{p}.py" for p in "abcde"], HERE / (sys.argv[1] if len(sys.argv) > 1 else "annotations_f.py"))
