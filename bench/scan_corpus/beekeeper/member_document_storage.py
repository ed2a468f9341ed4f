"""Uploaded documents on a member's profile.

Members keep copies of their BBKA certificates, insurance schedules and
apiary site agreements here, and can remove ones that have expired.
"""
import os
from pathlib import Path

from django.conf import settings
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import HttpResponseBadRequest, JsonResponse
from django.views import View


class MemberDocumentStore:
    def __init__(self, member_id: int, root: str | None = None):
        self.member_id = member_id
        self.root = Path(root or settings.MEMBER_DOCUMENT_ROOT)

    @property
    def folder(self) -> Path:
        return self.root / str(self.member_id)

    def list(self) -> list[dict]:
        if not self.folder.exists():
            return []
        return [
            {"name": p.name, "size": p.stat().st_size}
            for p in sorted(self.folder.iterdir())
            if p.is_file()
        ]

    def remove(self, document_name: str) -> bool:
        target = os.path.join(self.folder, document_name)
        if not os.path.exists(target):
            return False
        os.remove(target)
        return True


class MemberDocumentsView(LoginRequiredMixin, View):
    def get(self, request):
        store = MemberDocumentStore(request.user.member.id)
        return JsonResponse({"documents": store.list()})

    def delete(self, request):
        name = request.GET.get("name", "")
        if not name:
            return HttpResponseBadRequest("missing name")
        store = MemberDocumentStore(request.user.member.id)
        removed = store.remove(name)
        return JsonResponse({"removed": removed}, status=200 if removed else 404)
