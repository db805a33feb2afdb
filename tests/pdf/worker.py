"""django-tasks-db's worker, run in the test's process until its queue is empty (as `db_worker --batch` does).

The worker class itself, not the command: the command would install signal handlers and logging in the test runner,
and its `close_old_connections()` would close the test's transaction.
"""

from unittest import mock

from django.conf import settings

from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult


def pdf_worker(backend: str | None = None) -> int:
    """Run every queued PDF task; returns how many ran."""
    backend = backend or getattr(settings, "HANDLUNGSFELDER_PDF_TASK_BACKEND", "pdf")
    worker = Worker(
        queue_names=["*"],
        interval=0,
        batch=True,
        backend_name=backend,
        startup_delay=False,
        max_tasks=None,
        worker_id="test",
        excluded_queue_names=[],
    )
    with mock.patch("django_tasks_db.management.commands.db_worker.close_old_connections"):
        worker.run()
    return worker._run_tasks


def queued(backend: str = "pdf") -> int:
    return DBTaskResult.objects.ready().filter(backend_name=backend).count()
