"""Extraction quality on the letters annotated blind does not fall below what it reached.

Each set's README records its first, unseen score; these floors guard what the rules reach now,
a little below it, so that a change that helps one letter and hurts others is caught. The real
letters are also scored from each producer's PDFs, so that a change of reading engine is caught.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.reports.evaluate import evaluate

LETTERS = Path(__file__).resolve().parents[2] / "letters"
# Micro F1 floors, measured 2026-11-27 (0.996, 0.998, 0.987, 0.944, 0.935), less a margin of about 1%;
# blind5 after branch quality4 (0.938); blind4 and blind5 after branches quality6-8 merged (0.960, 0.951);
# blind6 at its blind first score (0.822), less about 1%; after branch quality10 (0.927), less about 1%;
# after branch quality11 (0.949 from text, reportlab and Chromium PDFs), less about 1%.
# blind7 at its blind first score (0.829 from text), less about 1%; after the fixes that followed it (0.884), less
# about 1%; after branch quality12 (tables read row by row, 0.913), less about 1%.
# blind8 at its blind first score (0.884 from text), less about 1%. After branches quality12 and quality13
# and the fixes blind8 led to (blind6 0.969, blind7 0.963, blind8 0.949 from text), less about 1%.
# After branches quality14-17 (blind8 0.985, blind9 0.971 from text; blind9 a development set since its blind
# first score, 0.896), less about 1%; blind10 at its blind first score (0.926 from text), less about 1%; blind10
# after branch quality18 (0.967 from text; a development set since), less about 1%. blind11 after branch quality20
# (0.948 from text; its blind first score 0.918, a development set since), less about 1%. After every branch of
# 2026-12-04's second session (quality18-21, reader19) and the lead's fixes: blind6 0.979, blind10 0.990, blind11
# 0.966, blind12 0.916 (its blind first score 0.876; a development set since), less about 1%. blind12 after
# branch quality22 (0.960 from text), less about 1%. blind13 at its blind first score (0.884 from text), less
# about 1%; after branch quality24 (0.957 from text; a development set since), less about 1%. blind14 at its
# blind first score (0.917 from text, at 92432cc), less about 1%; after branches quality26-28, reader26 and the
# lead's fixes of 2026-12-05 (blind14 0.987, blind13 0.975 from text), less about 1%. blind15 at its blind first
# score (0.870 from text, at c8fa68d), less about 1%; after branches quality29, quality30 (0.923 from text), less
# about 1%. blind15 after branches quality31-quality35, reader27 and the lead's fixes (0.970 from text), less about
# 1%; blind16 and blind17 at their blind first scores (0.916 and 0.882 from text, at 7a40e70), less about 1%.
# blind18 at its blind first score (0.903 from text, at 7cf45f2), less about 1%; blind19 at its score with the
# fix of the crash its first score found (0.907 from text; 0.872 at bd00b71 with w08 crashing), less about 1%.
# blind16-blind19 after branches quality38-43, reader28-29 and the lead's fixes (0.950, 0.947, 0.953, 0.954 from
# text; development sets since their first scores), less about 1%.
# blind20 and blind21 at their blind first scores (0.871 and 0.899 from text, at 76af725), less about 1%; after
# branches quality47-quality50 (0.920 and 0.927 from text), less about 1%. blind22 and blind23 at their blind
# scores (0.885 and 0.831 from text, at 85ad95c), less about 1%. blind20-blind23 after branches quality54-57 and
# the lead's fixes (0.936, 0.939, 0.929, 0.931 from text), less about 1%. blind24 and blind25 at their blind first
# scores (0.853 and 0.883 from text, at d71b22b), less about 1%; blind20 and blind22-blind25 after branches
# quality58-quality60 (0.949, 0.931, 0.932, 0.917, 0.915 from text), less about 1%. blind26 and blind27 at their
# blind first scores (0.890 and 0.898 from text, at 04f7004), less about 1%; blind21, blind22 and blind24-blind27
# after branches quality61-quality66 (0.943, 0.934, 0.954, 0.951, 0.965, 0.950 from text), less about 1%.
# blind28 and blind29 at their blind first scores (0.805 and 0.739 from text, at 2161bf7); after branches
# quality67-quality74 and the lead's fixes (0.961, 0.967 from text; blind26 0.972), less about 1%.
# blind30 and blind31 at their blind first scores (0.915 and 0.733 from text, at 6e3e942), less about 1%; after
# branches quality75-quality83 and the lead's fixes (0.996, 0.982 from text), less about 1%.
# blind32 and blind33 at their blind first scores (0.868 and 0.879 from text, at 873e985); after branches
# quality84-quality94 and the lead's merge mend (0.986, 0.992 from text), less about 1%.
# blind34 and blind35 at their blind first scores (0.835 and 0.856 from text, at 700808d); after branches
# quality95-quality104 (0.993, 0.992 from text), less about 1%.
# blind36 and blind37 at their blind first scores (0.810 and 0.787 from text, at 096e345); after branches
# quality105-quality111 (0.981, 0.958 from text), less about 1%.
# blind38 and blind39 at their blind first scores (0.829 and 0.876 from text, at eb1edf2); after branches
# quality112-quality119 and the review's mends (0.981, 0.980 from text), less about 1%.
# blind40 and blind41 at their blind first scores (0.845 and 0.836 from text, at 2c442a7); after branches
# quality120-quality127 and the review's mends (0.965, 0.972 from text), less about 1%.
# blind42 and blind43 at their blind first scores (0.825 and 0.889 from text, at 2ba9786); after branches
# quality128-quality134 and the review's mends (0.947, 0.967 from text), less about 1%.
# blind44 and blind45 at their blind first scores (0.733 and 0.831 from text, at 70697ad); after branches
# quality135-quality143 and the review's mends (0.881, 0.898 from text), less about 1%.
# blind46 and blind47 at their blind first scores (0.860 and 0.786 from text, at f958298); after branches
# quality144-quality149 and the review's mends (0.945, 0.925 from text), less about 1%.
# blind48 and blind49 at their blind first scores (0.782 and 0.879 from text, at b06ced09); after branches
# quality150-quality156 and the review's mends (0.927, 0.921 from text), less about 1%.
# blind50 and blind51 at their blind first scores (0.905 and 0.798 from text, at 101253a8); after branches
# quality157-quality165 and the review's mends (0.955, 0.937 from text), less about 1%.
# blind52 and blind53 at their blind first scores (0.863 and 0.835 from text, at 6c429318); after branches
# quality166-quality175 and the review's mends (0.935, 0.945 from text), less about 1%.
# blind54 and blind55 at their blind first scores (0.883 and 0.881 from text, at 8b4be6ff); after branches
# quality176-quality184 and the review's mends (0.949, 0.961 from text), less about 1%.
# blind56 and blind57 at their blind first scores (0.839 and 0.850 from text, at b3ba1bd5); after branches
# quality185-quality193 and the review's mends (0.966, 0.962 from text), less about 1%.
# blind58 and blind59 at their blind first scores (0.883 and 0.861 from text, at 21626701); after branches
# quality194-quality203 and the review's mends (0.898, 0.936 from text), less about 1%; after quality204-quality206
# (0.917, 0.942), less about 1%.
# blind60 and blind61 at their blind first scores (0.839 and 0.868 from text, at bdb6d6af); after branches
# quality204-quality208 and the review's mends (0.895, 0.874 from text), less about 1%.
# blind62 and blind63 at their blind first scores (0.826 and 0.896 from text, at f6e8e6ed); after branches
# quality209-quality214 and the review's mends (0.851, 0.947 from text), less about 1%; blind58, blind60 and blind61
# after them (0.920, 0.911, 0.914), less about 1%.
# blind64 and blind65 at their blind first scores (0.904 and 0.893 from text, at c0082b8a), less about 1%; after
# branches quality215-quality218 and tidy43 (0.911, 0.907 from text), less about 1%; blind62 after them (0.875).
MICRO_F1_FLOORS = {
    "blind": 0.985,
    "blind2": 0.985,
    "blind3": 0.975,
    "blind4": 0.95,
    "blind5": 0.94,
    "blind6": 0.969,
    "blind7": 0.953,
    "blind8": 0.975,
    "blind9": 0.96,
    "blind10": 0.98,
    "blind11": 0.956,
    "blind12": 0.95,
    "blind13": 0.965,
    "blind14": 0.977,
    "blind15": 0.96,
    "blind16": 0.94,
    "blind17": 0.937,
    "blind18": 0.943,
    "blind19": 0.944,
    "blind20": 0.940,
    "blind21": 0.933,
    "blind22": 0.924,
    "blind23": 0.923,
    "blind24": 0.944,
    "blind25": 0.941,
    "blind26": 0.962,
    "blind27": 0.940,
    "blind28": 0.951,
    "blind29": 0.957,
    "blind30": 0.986,
    "blind31": 0.972,
    "blind32": 0.976,
    "blind33": 0.982,
    "blind34": 0.983,
    "blind35": 0.982,
    "blind36": 0.971,
    "blind37": 0.948,
    "blind38": 0.971,
    "blind39": 0.970,
    "blind40": 0.955,
    "blind41": 0.962,
    "blind42": 0.937,
    "blind43": 0.957,
    "blind44": 0.872,
    "blind45": 0.889,
    "blind46": 0.935,
    "blind47": 0.915,
    "blind48": 0.917,
    "blind49": 0.911,
    "blind50": 0.945,
    "blind51": 0.927,
    "blind52": 0.925,
    "blind53": 0.935,
    "blind54": 0.940,
    "blind55": 0.951,
    "blind56": 0.955,
    "blind57": 0.952,
    "blind58": 0.911,
    "blind59": 0.933,
    "blind60": 0.902,
    "blind61": 0.905,
    "blind62": 0.866,
    "blind63": 0.938,
    "blind64": 0.902,
    "blind65": 0.898,
}
# Real letters, measured 2026-12-03 (us 0.998 from text and both PDFs), less about 1%; the held-out sets
# after the fixes that followed their first score (us-heldout 1.000), less about 1%. The fact sheets after
# the general fixes that followed the second held-out set's first score (branch quality2: factsheets 0.979,
# factsheets-heldout 0.944 from text and both PDFs, factsheets-heldout2 0.933 from text and 0.928-0.929 from
# the PDFs; see tests/letters/real/README.md), less about 1%. Fact sheets raised after branch quality4
# (text / both PDFs: factsheets 0.982, -heldout 0.950, -heldout2 0.946 / 0.942, -heldout3 0.919 / 0.918-0.919,
# -heldout4 0.904 / 0.903-0.904; us-heldout4 0.969 from all three), less about 1%; factsheets-heldout3 and
# -heldout4 again after branch quality5 (0.922 / 0.921-0.922 and 0.916 / 0.915-0.916), less about 1%;
# factsheets-heldout2, -heldout3, -heldout4 and us-heldout4 after branch quality6 (text / both PDFs:
# 0.953 / 0.949, 0.944 / 0.943, 0.928 / 0.927-0.928, 0.981 / 0.981), less about 1%.
# Every fact-sheet set again after branch quality7 (text / reportlab / Chromium: factsheets 0.983 / 0.983 /
# 0.983, -heldout 0.956, -heldout2 0.957 / 0.952 / 0.952, -heldout3 0.929 / 0.928 / 0.929, -heldout4 0.919 /
# 0.919 / 0.918), less about 1%. Every real set again on main with quality6, quality7 and quality8 merged
# (commit 7411e1c; text / reportlab / Chromium: us 1.000, factsheets 0.986, us-heldout 1.000, factsheets-heldout
# 0.959, us-heldout2 0.987, factsheets-heldout2 0.967 / 0.964 / 0.962, us-heldout3 0.990, factsheets-heldout3
# 0.956 / 0.954 / 0.954, us-heldout4 0.984, factsheets-heldout4 0.938 / 0.938 / 0.937, us-heldout5 0.981 from all
# three), less about 1%. factsheets-heldout4 after branch quality9 (0.947 / 0.947 / 0.946), less about 1%.
REAL_MICRO_F1_FLOORS = {
    "real/us": 0.99,
    "real/factsheets": 0.976,
    "real/us-heldout": 0.99,
    "real/factsheets-heldout": 0.949,
    # The second held-out set of letters at its first (blind) score, from text and both PDFs, less about 1%.
    "real/us-heldout2": 0.977,
    "real/factsheets-heldout2": 0.952,
    # The third held-out set at its (blind) score after branch quality2, from text and both PDFs (letters
    # 0.986, fact sheets 0.902-0.903), less about 1%.
    "real/us-heldout3": 0.98,
    "real/factsheets-heldout3": 0.944,
    # The fourth held-out set at its blind score after branch quality3 (letters 0.941, fact sheets
    # 0.885-0.886 from text and both PDFs), less about 1%; raised after branch quality4 (above).
    "real/us-heldout4": 0.974,
    "real/factsheets-heldout4": 0.936,
    # The fifth held-out set at its blind first score (0.971 from text and both PDFs), less about 1%; raised
    # after quality6-8 (0.981, no longer a blind figure: see tests/letters/real/README.md).
    "real/us-heldout5": 0.97,
    # The sixth held-out set at its blind first score (0.976 from text and both PDFs), less about 1%.
    "real/us-heldout6": 0.965,
}
# How many letters each real set has at least (the held-out sets are smaller).
MIN_LETTERS = {
    "real/us": 8,
    "real/factsheets": 8,
    "real/us-heldout": 9,
    "real/factsheets-heldout": 5,
    "real/us-heldout2": 9,
    "real/factsheets-heldout2": 5,
    "real/us-heldout3": 9,
    "real/factsheets-heldout3": 8,
    "real/us-heldout4": 9,
    "real/factsheets-heldout4": 7,
    "real/us-heldout5": 10,
    "real/us-heldout6": 10,
}
PRODUCERS = ("reportlab", "chromium")


def _scored(report, at_least: int):
    errors = [letter.error for letter in report.letters if letter.error]
    assert not errors, errors
    assert len(report.letters) >= at_least
    return report.overall


@pytest.mark.parametrize("name", sorted(MICRO_F1_FLOORS))
def test_blind_set_micro_f1_stays_above_its_floor(name):
    overall = _scored(evaluate(LETTERS / name), 6)
    assert overall.f1 >= MICRO_F1_FLOORS[name], overall


@pytest.mark.parametrize("name", sorted(REAL_MICRO_F1_FLOORS))
def test_real_set_micro_f1_from_text_stays_above_its_floor(name):
    overall = _scored(evaluate(LETTERS / name), MIN_LETTERS[name])
    assert overall.f1 >= REAL_MICRO_F1_FLOORS[name], overall


@pytest.mark.slow
@pytest.mark.parametrize("producer", PRODUCERS)
@pytest.mark.parametrize("name", sorted(REAL_MICRO_F1_FLOORS))
def test_real_set_micro_f1_from_pdfs_stays_above_its_floor(name, producer, tmp_path):
    # The eval prefers a .txt beside the gold, so the PDFs are scored from a folder of their own.
    for pdf in sorted((LETTERS / name).glob(f"*.{producer}.pdf")):
        (tmp_path / pdf.name).symlink_to(pdf)
    overall = _scored(evaluate(LETTERS / name, tmp_path), MIN_LETTERS[name])
    assert overall.f1 >= REAL_MICRO_F1_FLOORS[name], overall
