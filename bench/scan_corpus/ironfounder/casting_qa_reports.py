"""QA report queries by heat number.

The QA lab looks up every casting poured from a heat to see its
spectrometer chemistry, hardness readings and NDT results before the
3.1 certificate is drafted.
"""
from sqlalchemy import text
from sqlalchemy.orm import Session

from qa.db import SessionLocal

HEAT_REPORT_SQL = """
SELECT c.serial_no, c.pattern_no, s.carbon, s.silicon, s.manganese,
       h.brinell, n.method, n.result
FROM castings c
JOIN spectro_results s ON s.heat_no = c.heat_no
LEFT JOIN hardness h ON h.serial_no = c.serial_no
LEFT JOIN ndt_results n ON n.serial_no = c.serial_no
WHERE c.heat_no = '{heat}'
ORDER BY c.serial_no
"""


class HeatReportRepository:
    def __init__(self, session: Session):
        self.session = session

    def castings_for_heat(self, heat_no: str) -> list[dict]:
        query = HEAT_REPORT_SQL.format(heat=heat_no.strip())
        result = self.session.execute(text(query))
        return [dict(row._mapping) for row in result]

    def heat_summary(self, heat_no: str) -> dict:
        rows = self.castings_for_heat(heat_no)
        failed = [r for r in rows if r["result"] == "reject"]
        return {
            "heat_no": heat_no,
            "castings": len(rows),
            "ndt_rejects": len(failed),
            "min_brinell": min((r["brinell"] for r in rows if r["brinell"]), default=None),
        }


def report_cli(heat_no: str) -> None:
    with SessionLocal() as session:
        summary = HeatReportRepository(session).heat_summary(heat_no)
    for key, value in summary.items():
        print(f"{key:>12}: {value}")


if __name__ == "__main__":
    import sys

    report_cli(sys.argv[1])
