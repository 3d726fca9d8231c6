package herald.history;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * Says why a file operation failed, in words: the JDK's file exceptions carry only the path as
 * their message, which makes "cannot write x: x" of a message.
 */
public final class IoError {

    private IoError() {
    }

    /** "no such file or directory", "permission denied", …, or the exception's own reason. */
    public static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (e instanceof FileAlreadyExistsException exists) {
            // Also what making the folders of a path says when one of them is a file: name it.
            String file = exists.getFile();
            return file == null ? "it already exists"
                    : file + " already exists" + (Files.isRegularFile(Path.of(file)) ? " as a file" : "");
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "the directory is not empty";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
