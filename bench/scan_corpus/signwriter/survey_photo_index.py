"""Index of site survey photos.

Surveyors tag each photo with the elevation, the fixing substrate and any
heritage features so the design team can find the right reference shot.
"""
from datetime import datetime

from sqlalchemy import bindparam, create_engine, text

from signwriter.config import settings

engine = create_engine(settings.DATABASE_URL, pool_pre_ping=True)

PHOTO_TABLE = "survey_photos"

PHOTOS_FOR_JOB = text(
    f"SELECT id, object_key, elevation, substrate, taken_at, surveyor "
    f"FROM {PHOTO_TABLE} WHERE job_ref = :job_ref "
    "AND (:elevation IS NULL OR elevation = :elevation) ORDER BY taken_at"
)

TAGGED_PHOTOS = text(
    f"SELECT id, object_key, job_ref FROM {PHOTO_TABLE} WHERE tags && :tags ORDER BY taken_at DESC"
).bindparams(bindparam("tags"))


class SurveyPhotoIndex:
    def __init__(self, bind=engine):
        self.bind = bind

    def for_job(self, job_ref: str, elevation: str | None = None) -> list[dict]:
        with self.bind.connect() as conn:
            result = conn.execute(PHOTOS_FOR_JOB, {"job_ref": job_ref, "elevation": elevation})
            return [dict(row._mapping) for row in result]

    def with_tags(self, tags: list[str]) -> list[dict]:
        with self.bind.connect() as conn:
            result = conn.execute(TAGGED_PHOTOS, {"tags": tags})
            return [dict(row._mapping) for row in result]

    def record(self, job_ref: str, object_key: str, elevation: str, substrate: str, surveyor: str) -> int:
        stmt = text(
            f"INSERT INTO {PHOTO_TABLE} (job_ref, object_key, elevation, substrate, surveyor, taken_at) "
            "VALUES (:job_ref, :object_key, :elevation, :substrate, :surveyor, :taken_at) RETURNING id"
        )
        with self.bind.begin() as conn:
            return conn.execute(
                stmt,
                {
                    "job_ref": job_ref,
                    "object_key": object_key,
                    "elevation": elevation,
                    "substrate": substrate,
                    "surveyor": surveyor,
                    "taken_at": datetime.utcnow(),
                },
            ).scalar_one()
