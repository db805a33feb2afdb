"""Gunicorn settings for production: `gunicorn -c site/deploy/gunicorn.conf.py itkonzept.wsgi`.

Sync workers, as many as the usual 2 x CPU + 1 (a worker waits on the database, not the CPU, part of each request);
`GUNICORN_WORKERS`, `GUNICORN_THREADS` and `GUNICORN_BIND` override. The PDF is built by the background worker, so a
request never needs long: a worker stuck for 30 s is restarted.
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", f"127.0.0.1:{os.environ.get('PORT', '8000')}")
workers = int(os.environ.get("GUNICORN_WORKERS", str(2 * multiprocessing.cpu_count() + 1)))
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
timeout = 30
graceful_timeout = 20
# Behind a load balancer that holds connections open (nginx upstream keepalive), a little longer than Gunicorn's 2 s.
keepalive = 5
# A worker is replaced after this many requests (with jitter, so not all at once): bounds any slow memory growth.
# A page from the cache takes well under a millisecond, so a worker may serve a thousand a second; at 5,000 each was
# replaced every few seconds under `make bench`, and each replacement stalled the server (a new worker imports Django
# and Wagtail, then warms its templates and its copy of the page cache).
max_requests = 200000
max_requests_jitter = 20000
# The application is imported once, before the workers are forked: a replacement is a fork, not a new import.
preload_app = True
# Heartbeat files in memory, not on a disk that may stall.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-")
access_log_format = '%(h)s "%(r)s" %(s)s %(B)s %(M)sms'
errorlog = "-"
# No control socket in the home directory: the service manager (systemd, make serve) controls the server.
control_socket_disable = True
# Every request enters through the load balancer or proxy, which sets X-Forwarded-For; trust only local proxies.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
