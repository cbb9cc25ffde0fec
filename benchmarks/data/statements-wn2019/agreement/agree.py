"""Agreement of an annotator who worked apart on a sample (d: rows 63, 75, 87 of part 1; h: rows 115, 121, 130 of
part 2) with the first labels (``benchmarks/data/statements_agree.py``). Run from the project root:
python3 benchmarks/data/statements-wn2019/agreement/agree.py [annotations_d.py | annotations_h.py]"""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
from statements_agree import agree  # noqa: E402

agree(HERE.parent, [f"annotations_{p}.py" for p in "abcefg"], HERE / (sys.argv[1] if len(sys.argv) > 1 else "annotations_d.py"))
