"""Store photographs of leaf batches taken on the workshop tablets.

Tablets post a JSON message onto the queue with the batch code, the
photo name chosen by the tablet app and the image bytes (base64).  A worker
writes the image into the batch's photo folder.
"""
import base64
import os

from celery import Celery

from goldbeater.settings import BATCH_PHOTO_ROOT, BROKER_URL
from goldbeater.workshop.models import BatchPhoto

app = Celery("batch_photos", broker=BROKER_URL)


def _destination(message: dict) -> str:
    folder = os.path.join(BATCH_PHOTO_ROOT, message["batch_code"])
    os.makedirs(folder, exist_ok=True)
    return os.path.join(folder, message["photo_name"])


@app.task(bind=True, max_retries=3)
def store_batch_photo(self, message: dict) -> str:
    data = base64.b64decode(message["image_b64"])
    dest = _destination(message)
    with open(dest, "wb") as fh:
        fh.write(data)
    BatchPhoto.objects.create(
        batch_code=message["batch_code"],
        path=dest,
        taken_by=message.get("operator"),
        stage=message.get("stage", "beating"),
    )
    return dest


@app.task
def purge_batch_photos(batch_code: str) -> int:
    photos = BatchPhoto.objects.filter(batch_code=batch_code)
    count = 0
    for photo in photos:
        if os.path.exists(photo.path):
            os.remove(photo.path)
            count += 1
    photos.delete()
    return count
