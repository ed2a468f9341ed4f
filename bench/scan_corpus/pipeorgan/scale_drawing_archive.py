"""Workshop archive of pipe scaling drawings.

Voicers upload scans of historic scaling sheets (diameters, mouth widths,
cut-ups) measured on organs under restoration. The same scan is often uploaded
from several projects, so files are stored once by content digest and linked to
every project that references them.
"""
import hashlib
import shutil
from pathlib import Path

from sqlalchemy import Column, Integer, String, create_engine, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

ARCHIVE_ROOT = Path("/srv/organworks/scaling-archive")
READ_CHUNK = 1 << 20


class ScalingDrawing(Base):
    __tablename__ = "scaling_drawings"

    id = Column(Integer, primary_key=True)
    project_code = Column(String(32), nullable=False, index=True)
    content_digest = Column(String(40), nullable=False, index=True)
    original_name = Column(String(255))


def make_engine(database_url: str):
    engine = create_engine(database_url, pool_pre_ping=True)
    Base.metadata.create_all(engine)
    return engine


def content_digest(path: Path) -> str:
    h = hashlib.sha1()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(READ_CHUNK), b""):
            h.update(block)
    return h.hexdigest()


def archive_path(digest: str) -> Path:
    return ARCHIVE_ROOT / digest[:2] / f"{digest}.pdf"


def store_drawing(engine, project_code: str, upload_path: Path, original_name: str) -> ScalingDrawing:
    digest = content_digest(upload_path)
    target = archive_path(digest)
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(upload_path, target)

    with Session(engine) as session:
        existing = session.scalars(
            select(ScalingDrawing).where(
                ScalingDrawing.project_code == project_code,
                ScalingDrawing.content_digest == digest,
            )
        ).first()
        if existing is not None:
            return existing
        record = ScalingDrawing(
            project_code=project_code,
            content_digest=digest,
            original_name=original_name[:255],
        )
        session.add(record)
        session.commit()
        session.refresh(record)
        return record


def projects_sharing_drawing(engine, digest: str) -> list[str]:
    with Session(engine) as session:
        rows = session.scalars(
            select(ScalingDrawing.project_code).where(ScalingDrawing.content_digest == digest)
        )
        return sorted(set(rows))
