package dev.skillgap.pipeline;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.Serializable;
import java.io.UncheckedIOException;

/**
 * Java serialization of a typed result into a binary column, for results that travel from the
 * executors to the driver inside a row (a learner's {@code LearnerView}) and are never stored.
 * Classes are resolved with the thread's context class loader, which on a cluster holds the job's jar.
 */
final class SerializedObjects {

  private SerializedObjects() {}

  /** {@code o} as bytes. */
  static byte[] bytes(Serializable o) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
    try (ObjectOutputStream s = new ObjectOutputStream(out)) {
      s.writeObject(o);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The {@code type} that {@link #bytes} wrote. */
  static <T> T read(byte[] bytes, Class<T> type) {
    try (ObjectInputStream s = new ContextObjectInputStream(new ByteArrayInputStream(bytes))) {
      return type.cast(s.readObject());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("cannot read a " + type.getName() + ": " + e.getMessage(), e);
    }
  }

  private static final class ContextObjectInputStream extends ObjectInputStream {
    ContextObjectInputStream(InputStream in) throws IOException {
      super(in);
    }

    @Override
    protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
      ClassLoader loader = Thread.currentThread().getContextClassLoader();
      try {
        return loader == null ? super.resolveClass(desc) : Class.forName(desc.getName(), false, loader);
      } catch (ClassNotFoundException e) {
        return super.resolveClass(desc);
      }
    }
  }
}
