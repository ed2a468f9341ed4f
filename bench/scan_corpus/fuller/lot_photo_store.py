"""Photos of faults found on pieces during finishing (cockles, bare patches, stains).

Photos are stored under server-chosen names; clients refer to them only by
their numeric id.
"""
import os
import shutil
import uuid
from pathlib import Path
from typing import Optional

from sqlalchemy import Column, DateTime, Integer, String, func
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()
PHOTO_ROOT = Path(os.environ.get("FULLER_PHOTO_ROOT", "/srv/fuller/fault-photos"))


class FaultPhoto(Base):
    __tablename__ = "fault_photos"

    id = Column(Integer, primary_key=True)
    piece_no = Column(String(24), index=True, nullable=False)
    stored_name = Column(String(64), nullable=False)
    original_name = Column(String(255))
    taken_at = Column(DateTime(timezone=True), server_default=func.now())


class LotPhotoStore:
    def __init__(self, session: Session, root: Path = PHOTO_ROOT):
        self.session = session
        self.root = root

    def add(self, piece_no: str, original_name: str, stream) -> FaultPhoto:
        stored_name = f"{uuid.uuid4().hex}.jpg"
        with open(self.root / stored_name, "wb") as out:
            shutil.copyfileobj(stream, out)
        photo = FaultPhoto(piece_no=piece_no, stored_name=stored_name,
                           original_name=original_name)
        self.session.add(photo)
        self.session.commit()
        return photo

    def path_for(self, photo_id: int) -> Optional[Path]:
        photo = self.session.get(FaultPhoto, photo_id)
        if photo is None:
            return None
        return self.root / photo.stored_name

    def delete(self, photo_id: int) -> bool:
        path = self.path_for(photo_id)
        if path is None:
            return False
        path.unlink(missing_ok=True)
        self.session.delete(self.session.get(FaultPhoto, photo_id))
        self.session.commit()
        return True
