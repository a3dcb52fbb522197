#ifndef C_DIRECTORY_SWAP_H
#define C_DIRECTORY_SWAP_H

/// Atomically exchanges two existing paths (Linux renameat2 with RENAME_EXCHANGE), so a reader
/// or a crash sees either the old directory or the new one, never neither.
/// Returns 0 on success, or -1 with errno set (ENOSYS or EINVAL where the system or file system
/// cannot exchange; the caller then falls back to two renames).
int briefing_exchange_paths(const char *first, const char *second);

/// Writes everything cached for the file system holding the folder `path` to disk (Linux syncfs),
/// so that every file of a new site is on disk before it replaces the old one: one call for the
/// whole site instead of an fsync per file, and only this file system, not the whole machine.
/// Returns 0 on success, or -1 with errno set (since Linux 5.8 that includes a failed write-back,
/// such as EIO or ENOSPC). Elsewhere it falls back to sync(), which reports nothing.
int briefing_flush_file_system(const char *path);

#endif
