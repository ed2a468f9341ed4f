"""Selection of graded boards for the weekly re-grade audit.

The grading standard requires a sample of each grader's output to be
re-graded by the head grader. Boards are drawn at random from the
week's packs and the sheet order is mixed so packs are not walked in order.
"""
import random
from collections import defaultdict
from datetime import date, timedelta

from sawyer.db import fetch_all
from sawyer.settings import REGRADE_SAMPLE_RATE, REGRADE_MIN_PER_GRADER


def week_boards(week_start: date):
    return fetch_all(
        "SELECT board_id, pack_no, grader_id, grade FROM graded_boards "
        "WHERE graded_on >= %s AND graded_on < %s",
        (week_start, week_start + timedelta(days=7)),
    )


def group_by_grader(rows):
    grouped = defaultdict(list)
    for row in rows:
        grouped[row["grader_id"]].append(row)
    return grouped


def draw_sample(boards, rate=REGRADE_SAMPLE_RATE, minimum=REGRADE_MIN_PER_GRADER):
    size = max(minimum, round(len(boards) * rate))
    size = min(size, len(boards))
    return random.sample(boards, size)


def build_audit_sheet(week_start: date):
    sheet = []
    for grader_id, boards in sorted(group_by_grader(week_boards(week_start)).items()):
        for board in draw_sample(boards):
            sheet.append(
                {
                    "board_id": board["board_id"],
                    "pack_no": board["pack_no"],
                    "grader_id": grader_id,
                    "original_grade": None,
                }
            )
    random.shuffle(sheet)
    return sheet
