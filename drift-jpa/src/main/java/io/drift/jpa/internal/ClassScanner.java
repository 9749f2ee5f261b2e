package io.drift.jpa.internal;

import io.drift.core.DriftException;

import java.io.File;
import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;

/**
 * Finds the entities, embeddables and mapped superclasses of packages (and their sub-packages) on a class loader, in
 * directories and jars, as Spring's entity scan does. Classes are loaded without being initialised.
 */
public final class ClassScanner {

    private ClassScanner() {
    }

    /**
     * @param packages package names ({@code com.acme.domain})
     * @param loader   where to look
     * @return the annotated classes, in name order
     * @throws DriftException when a package holds none
     */
    public static List<Class<?>> scan(List<String> packages, ClassLoader loader) {
        List<Class<?>> found = new ArrayList<>();
        for (String pkg : packages) {
            Set<String> names = new TreeSet<>();
            String path = pkg.replace('.', '/');
            try {
                Enumeration<URL> roots = loader.getResources(path);
                while (roots.hasMoreElements()) {
                    collect(roots.nextElement(), path, names);
                }
            } catch (IOException | URISyntaxException e) {
                throw new DriftException(DriftException.Reason.INVALID_ARGUMENT, "Cannot list the classes of package "
                        + pkg + ": " + e.getMessage(), e);
            }
            int before = found.size();
            for (String name : names) {
                Class<?> c;
                try {
                    c = Class.forName(name, false, loader);
                } catch (ClassNotFoundException | LinkageError e) {
                    continue;
                }
                if (c.isAnnotationPresent(Entity.class) || c.isAnnotationPresent(Embeddable.class)
                        || c.isAnnotationPresent(MappedSuperclass.class)) {
                    found.add(c);
                }
            }
            if (found.size() == before) {
                throw new DriftException(DriftException.Reason.INVALID_ARGUMENT, "No entity in package " + pkg
                        + " (nor below it) on the class path. Check the package name, and that the application's"
                        + " classes are on the class path (the check's classpath option).");
            }
        }
        return found;
    }

    private static void collect(URL root, String path, Set<String> names) throws IOException, URISyntaxException {
        if ("file".equals(root.getProtocol())) {
            File dir = new File(URLDecoder.decode(root.getPath(), StandardCharsets.UTF_8));
            walk(dir, path, names);
        } else if ("jar".equals(root.getProtocol())) {
            URLConnection connection = root.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = ((JarURLConnection) connection).getJarFile()) {
                Enumeration<JarEntry> entries = jar.entries();
                while (entries.hasMoreElements()) {
                    String entry = entries.nextElement().getName();
                    if (entry.startsWith(path + "/") && entry.endsWith(".class") && !entry.contains("-")) {
                        names.add(entry.substring(0, entry.length() - 6).replace('/', '.'));
                    }
                }
            }
        }
    }

    private static void walk(File dir, String path, Set<String> names) {
        File[] files = dir.listFiles();
        if (files == null) {
            return;
        }
        for (File f : files) {
            if (f.isDirectory()) {
                walk(f, path + "/" + f.getName(), names);
            } else if (f.getName().endsWith(".class") && !f.getName().contains("-")) {
                String simple = f.getName().substring(0, f.getName().length() - 6);
                names.add((path + "/" + simple).replace('/', '.'));
            }
        }
    }
}
