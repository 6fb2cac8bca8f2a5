/* Output files: what a -o may name, and writing it so that a failure leaves nothing half made
 * and says why. */
#include "outfile.h"

#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "i18n.h"
#include "text.h"

/* Whether the file at path begins as an SQLite database or write-ahead log does. */
static bool outfile_is_sqlite(const char *path)
{
    unsigned char head[16];
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        return false;
    ssize_t n = read(fd, head, sizeof head);
    close(fd);
    if (n == (ssize_t)sizeof head && memcmp(head, "SQLite format 3", 16) == 0)
        return true;
    /* A write-ahead log: its magic number, big-endian, with the checksum order in the last bit. */
    uint32_t magic = n >= 4 ? (uint32_t)head[0] << 24 | (uint32_t)head[1] << 16 |
                                  (uint32_t)head[2] << 8 | head[3]
                            : 0;
    return (magic & ~1u) == 0x377f0682u;
}

/* Whether st is the database at db or one of the files SQLite keeps beside it. */
static bool is_database(const struct stat *st, const char *db)
{
    if (!db || !db[0])
        return false;
    static const char *const suffix[] = {"", "-wal", "-shm", "-journal"};
    for (size_t i = 0; i < sizeof suffix / sizeof suffix[0]; i++) {
        char *p = xasprintf("%s%s", db, suffix[i]);
        struct stat d;
        bool same = stat(p, &d) == 0 && d.st_dev == st->st_dev && d.st_ino == st->st_ino;
        free(p);
        if (same)
            return true;
    }
    return false;
}

/* A new private file from template (ending in XXXXXX, rewritten); its descriptor or -1. */
static int make_temp(char *template)
{
    int fd = mkostemp(template, O_CLOEXEC);
    if (fd >= 0)
        fchmod(fd, 0600);
    return fd;
}

/* A scratch file under $TMPDIR for a writer that needs a name when the output is a stream. */
static int make_scratch(char **path)
{
    const char *tmp = getenv("TMPDIR");
    *path = xasprintf("%s/rastro-out-XXXXXX", tmp && tmp[0] ? tmp : "/tmp");
    return make_temp(*path);
}

static void outfile_free(OutFile *o)
{
    free(o->name);
    free(o->target);
    free(o->work);
    memset(o, 0, sizeof *o);
    o->fd = -1;
}

/* Fills err with why name is refused and frees what o holds; false. */
static bool refuse(OutFile *o, char *err, size_t errlen, const char *fmt, const char *why)
{
    snprintf(err, errlen, fmt, o->name, why ? why : "");
    if (o->fd >= 0 && o->fd != STDOUT_FILENO)
        close(o->fd);
    if (o->work)
        unlink(o->work);
    outfile_free(o);
    return false;
}

/* Opens the stream o->fd: as a FILE, or (need_path) beside a scratch file. */
static bool open_stream(OutFile *o, const OutPolicy *p, char *err, size_t errlen)
{
    if (p->binary && isatty(o->fd))
        return refuse(o, err, errlen,
                      tr("%s is a terminal: this output is not text; redirect it to a file "
                         "(> FILE) or give -o FILE%s"), NULL);
    if (p->need_path) {
        int fd = make_scratch(&o->work);
        if (fd < 0)
            return refuse(o, err, errlen, tr("cannot write %s: no scratch file: %s"),
                          strerror(errno));
        close(fd);
        return true;
    }
    if (o->kind == OUTFILE_STDOUT) {
        o->f = stdout;
        return true;
    }
    if (!(o->f = fdopen(o->fd, "w")))
        return refuse(o, err, errlen, tr("cannot write %s: %s"), strerror(errno));
    o->fd = -1;
    return true;
}

bool outfile_open(OutFile *o, const char *name, const OutPolicy *p, char *err, size_t errlen)
{
    memset(o, 0, sizeof *o);
    o->fd = -1;
    o->name = xstrdup(name ? name : "");
    if (!name || !name[0])
        return refuse(o, err, errlen, tr("no file name given%s%s"), NULL);
    if (strcmp(name, "-") == 0) {
        free(o->name);
        o->name = xstrdup(tr("standard output"));
        if (!p->stdout_ok)
            return refuse(o, err, errlen, tr("this output cannot go to %s; give a file name%s"),
                          NULL);
        o->kind = OUTFILE_STDOUT;
        o->fd = STDOUT_FILENO;
        return open_stream(o, p, err, errlen);
    }
    char *shown = text_sanitize(name, false, true);
    free(o->name);
    o->name = shown;
    struct stat st;
    if (lstat(name, &st) == 0 && S_ISLNK(st.st_mode)) {
        /* Followed on purpose: what is written replaces the file the link leads to, and the
         * link stays a link. A link that leads nowhere is refused rather than guessed at. */
        if (!(o->target = realpath(name, NULL)))
            return refuse(o, err, errlen,
                          tr("%s is a symbolic link that leads nowhere (%s); give the file itself"),
                          strerror(errno));
    } else {
        o->target = xstrdup(name);
    }
    bool exists = stat(o->target, &st) == 0;
    if (!exists && errno != ENOENT)
        return refuse(o, err, errlen, tr("cannot write %s: %s"), strerror(errno));
    if (exists && is_database(&st, p->database))
        return refuse(o, err, errlen,
                      tr("%s is the database in use; rastro never writes over it%s"), NULL);
    if (exists && S_ISDIR(st.st_mode))
        return refuse(o, err, errlen, tr("%s is a directory; give the name of a file in it%s"),
                      NULL);
    if (exists && S_ISBLK(st.st_mode))
        return refuse(o, err, errlen, tr("%s is a disk (a block device); rastro does not write "
                                         "to one%s"), NULL);
    if (exists && (S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode))) {
        /* A device or a pipe is written by opening it, never replaced by a file. */
        o->kind = OUTFILE_STREAM;
        if ((o->fd = open(o->target, O_WRONLY | O_NOCTTY | O_CLOEXEC)) < 0)
            return refuse(o, err, errlen, tr("cannot write %s: %s"), strerror(errno));
        return open_stream(o, p, err, errlen);
    }
    if (exists && !S_ISREG(st.st_mode))
        return refuse(o, err, errlen, tr("%s is neither a file, a device nor a pipe; rastro does "
                                         "not write to it%s"), NULL);
    if (exists && outfile_is_sqlite(o->target) && !(p->replaceable && p->replaceable(o->target)))
        return refuse(o, err, errlen,
                      tr("%s is an SQLite database; rastro never writes over one%s"), NULL);
    if (exists && !p->force) {
        char why[128];
        snprintf(why, sizeof why,
                 p->force_hint ? tr("give %s to replace it") : tr("choose another name"),
                 p->force_hint);
        return refuse(o, err, errlen, tr("%s already exists (nothing was written); %s"), why);
    }
    o->kind = exists ? OUTFILE_REPLACE : OUTFILE_NEW;
    /* Written beside its place, so that the rename that puts it there cannot fail half way. */
    char *copy = xstrdup(o->target);
    char *base = xstrdup(basename(copy));
    strcpy(copy, o->target);
    o->work = xasprintf("%s/.%s.XXXXXX", dirname(copy), base);
    free(copy);
    free(base);
    int fd = make_temp(o->work);
    if (fd < 0) {
        free(o->work);
        o->work = NULL;
        return refuse(o, err, errlen, tr("cannot write %s: %s"), strerror(errno));
    }
    if (p->need_path) {
        close(fd);
        return true;
    }
    if (!(o->f = fdopen(fd, "w"))) {
        close(fd);
        return refuse(o, err, errlen, tr("cannot write %s: %s"), strerror(errno));
    }
    return true;
}

const char *outfile_work_path(const OutFile *o)
{
    return o->work;
}

/* Copies the file at path into fd; 0 or the errno of the failure. */
static int copy_into(const char *path, int fd)
{
    int in = open(path, O_RDONLY | O_CLOEXEC);
    if (in < 0)
        return errno;
    char buf[65536];
    int e = 0;
    for (;;) {
        ssize_t n = read(in, buf, sizeof buf);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            e = n < 0 ? errno : 0;
            break;
        }
        for (ssize_t done = 0; done < n && !e;) {
            ssize_t w = write(fd, buf + done, (size_t)(n - done));
            if (w < 0 && errno != EINTR)
                e = errno;
            else if (w > 0)
                done += w;
        }
        if (e)
            break;
    }
    close(in);
    return e;
}

/* Syncs the file at path to disk; 0 or errno. */
static int sync_path(const char *path, int flags)
{
    int fd = open(path, flags | O_CLOEXEC);
    if (fd < 0)
        return errno;
    int e = fsync(fd) == 0 || errno == EINVAL ? 0 : errno;
    close(fd);
    return e;
}

/* Puts the complete work file in its place: over the target when replacing, else only where
 * nothing is yet. 0 or errno (EEXIST: something appeared there meanwhile). */
static int put_in_place(const OutFile *o)
{
    if (o->kind == OUTFILE_REPLACE)
        return rename(o->work, o->target) == 0 ? 0 : errno;
    if (renameat2(AT_FDCWD, o->work, AT_FDCWD, o->target, RENAME_NOREPLACE) == 0)
        return 0;
    if (errno != EINVAL && errno != ENOSYS)
        return errno;
    /* A file system without the no-replace rename: a hard link refuses an existing name too. */
    if (link(o->work, o->target) != 0)
        return errno;
    unlink(o->work);
    return 0;
}

/* Set when outfile_commit has failed on standard output (see outfile_stdout_failed). */
static bool stdout_failed;

bool outfile_stdout_failed(void)
{
    return stdout_failed;
}

bool outfile_commit(OutFile *o, char *err, size_t errlen)
{
    int e = 0;
    if (o->f) {
        errno = 0;
        if (fflush(o->f) != 0 || ferror(o->f))
            e = errno ? errno : EIO;
        bool own = o->f != stdout;
        if (own && !e && (o->kind == OUTFILE_NEW || o->kind == OUTFILE_REPLACE) &&
            fsync(fileno(o->f)) != 0 && errno != EINVAL)
            e = errno;
        if (own && fclose(o->f) != 0 && !e)
            e = errno;
        o->f = NULL;
    } else if (o->kind == OUTFILE_NEW || o->kind == OUTFILE_REPLACE) {
        e = sync_path(o->work, O_RDONLY);
    }
    if (!e && o->work && (o->kind == OUTFILE_STREAM || o->kind == OUTFILE_STDOUT)) {
        if (o->kind == OUTFILE_STDOUT)
            fflush(stdout);
        e = copy_into(o->work, o->fd);
    }
    if (o->fd >= 0 && o->fd != STDOUT_FILENO && close(o->fd) != 0 && !e)
        e = errno;
    o->fd = -1;
    if (!e && (o->kind == OUTFILE_NEW || o->kind == OUTFILE_REPLACE)) {
        e = put_in_place(o);
        if (!e) {
            char *dir = xstrdup(o->target);
            sync_path(dirname(dir), O_RDONLY | O_DIRECTORY);
            free(dir);
            free(o->work);
            o->work = NULL;
        }
    }
    if (e == EEXIST)
        snprintf(err, errlen, tr("cannot write %s: a file of that name appeared meanwhile and was "
                                 "left alone"), o->name);
    else if (e)
        snprintf(err, errlen, tr("cannot write %s: %s"), o->name, strerror(e));
    if (e && o->kind == OUTFILE_STDOUT)
        stdout_failed = true;
    if (o->work)
        unlink(o->work);
    outfile_free(o);
    return !e;
}

void outfile_abort(OutFile *o)
{
    if (o->f && o->f != stdout)
        fclose(o->f);
    if (o->fd >= 0 && o->fd != STDOUT_FILENO)
        close(o->fd);
    if (o->work)
        unlink(o->work);
    outfile_free(o);
}
