"""Removal of kiln chart images after a charge is closed.

The kiln controllers export a PNG temperature and moisture chart for
each charge. When a supervisor discards a chart from the charge review
screen the API queues this task with the chart's file name.
"""
import logging
import os

from celery import Celery

from sawyer.settings import CELERY_BROKER_URL, KILN_CHART_DIR

app = Celery("kiln", broker=CELERY_BROKER_URL)
log = logging.getLogger(__name__)


def chart_path(kiln_id, filename):
    return os.path.join(KILN_CHART_DIR, "kiln-%02d" % int(kiln_id), filename)


@app.task(name="kiln.discard_chart", bind=True, max_retries=3)
def discard_chart(self, kiln_id, filename, requested_by):
    path = chart_path(kiln_id, filename)
    try:
        os.remove(path)
    except FileNotFoundError:
        log.info("chart %s already gone", filename)
        return False
    except PermissionError as exc:
        raise self.retry(exc=exc, countdown=30)
    log.info("chart %s for kiln %s discarded by %s", filename, kiln_id, requested_by)
    return True


@app.task(name="kiln.discard_charts")
def discard_charts(kiln_id, filenames, requested_by):
    results = {}
    for name in filenames:
        results[name] = discard_chart.run(kiln_id, name, requested_by)
    return results


def queue_discard(kiln_id, payload, user):
    return discard_chart.delay(kiln_id, payload["chart"], user.username)
