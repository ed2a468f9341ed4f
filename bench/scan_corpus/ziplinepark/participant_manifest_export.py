"""Builds the daily participant manifest handed to the rescue team.

The manifest lists every guest on the courses that day with weight band
and emergency contact; it is written atomically so the rescue tablet's
sync never picks up a half-written file.
"""
import csv
import os
import tempfile
from datetime import date
from pathlib import Path

from sqlalchemy import create_engine, text

HEADER = ["session_start", "course", "guest_name", "age", "weight_band", "emergency_contact", "emergency_phone"]


def _weight_band(weight_kg: float) -> str:
    if weight_kg < 30:
        return "<30"
    if weight_kg <= 80:
        return "30-80"
    if weight_kg <= 110:
        return "81-110"
    return ">110"


def fetch_rows(database_url: str, day: date):
    engine = create_engine(database_url)
    with engine.connect() as conn:
        return conn.execute(
            text(
                "SELECT s.start_at, c.name, g.full_name, g.age, g.weight_kg, g.emergency_name, g.emergency_phone "
                "FROM guests g JOIN bookings b ON b.id = g.booking_id "
                "JOIN sessions s ON s.id = b.session_id JOIN courses c ON c.id = s.course_id "
                "WHERE s.start_at::date = :day AND b.status = 'confirmed' ORDER BY s.start_at, c.name"
            ),
            {"day": day},
        ).all()


def write_manifest(rows, out_dir: Path, day: date) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    final_path = out_dir / f"manifest-{day.isoformat()}.csv"
    with tempfile.NamedTemporaryFile("w", newline="", dir=out_dir, prefix=".manifest-", suffix=".csv", delete=False) as tmp:
        writer = csv.writer(tmp)
        writer.writerow(HEADER)
        for start_at, course, name, age, weight, contact, phone in rows:
            writer.writerow([start_at.strftime("%H:%M"), course, name, age, _weight_band(weight), contact, phone])
        tmp.flush()
        os.fsync(tmp.fileno())
    os.chmod(tmp.name, 0o640)
    os.replace(tmp.name, final_path)
    return final_path


if __name__ == "__main__":
    today = date.today()
    path = write_manifest(
        fetch_rows(os.environ["ZP_DATABASE_URL"], today),
        Path(os.environ.get("ZP_MANIFEST_DIR", "/srv/ziplinepark/manifests")),
        today,
    )
    print(f"wrote {path}")
