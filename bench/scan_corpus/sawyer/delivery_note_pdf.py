"""Rendering and serving of delivery note PDFs.

Delivery notes are rendered once when the load is dispatched and cached
on disk by note id; later requests serve the cached file.
"""
import os

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404

from sawyer.deliveries.models import DeliveryNote
from sawyer.deliveries.render import render_note_pdf

CACHE_DIR = os.path.join(settings.MEDIA_ROOT, "delivery_notes")


def cached_pdf_path(note_id):
    return os.path.join(CACHE_DIR, "%d.pdf" % int(note_id))


def ensure_rendered(note):
    path = cached_pdf_path(note.id)
    if not os.path.exists(path):
        os.makedirs(CACHE_DIR, exist_ok=True)
        with open(path, "wb") as fh:
            fh.write(render_note_pdf(note))
    return path


@login_required
def delivery_note_pdf(request, note_id):
    try:
        note = DeliveryNote.objects.visible_to(request.user).get(pk=int(note_id))
    except (DeliveryNote.DoesNotExist, ValueError):
        raise Http404("delivery note not found")
    path = ensure_rendered(note)
    return FileResponse(
        open(path, "rb"),
        content_type="application/pdf",
        filename=f"delivery-note-{note.number}.pdf",
    )


@login_required
def refresh_note_pdf(request, note_id):
    note = DeliveryNote.objects.visible_to(request.user).filter(pk=int(note_id)).first()
    if note is None:
        raise Http404("delivery note not found")
    path = cached_pdf_path(note_id)
    if os.path.exists(path):
        os.remove(path)
    ensure_rendered(note)
    return FileResponse(open(path, "rb"), content_type="application/pdf")
