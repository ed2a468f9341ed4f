"""Removal of photos and files that members attached to forum posts."""
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseForbidden, JsonResponse
from django.views.decorators.http import require_POST

from forum.models import Post


class AttachmentStore:
    def __init__(self, root: str = settings.FORUM_ATTACHMENT_ROOT):
        self.root = Path(root)

    def member_folder(self, member_id: int) -> Path:
        return self.root / f"member_{member_id}"

    def remove(self, member_id: int, filename: str) -> bool:
        target = self.member_folder(member_id) / filename
        if not target.exists():
            return False
        target.unlink()
        return True


store = AttachmentStore()


@login_required
@require_POST
def delete_attachment(request, post_id):
    post = Post.objects.select_related("author").get(pk=post_id)
    if post.author_id != request.user.id and not request.user.is_staff:
        return HttpResponseForbidden()
    filename = request.POST.get("filename", "")
    removed = store.remove(post.author_id, filename)
    if removed:
        post.attachments = [a for a in post.attachments if a != filename]
        post.save(update_fields=["attachments"])
    return JsonResponse({"removed": removed})
