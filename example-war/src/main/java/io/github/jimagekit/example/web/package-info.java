/**
 * The gallery's servlets: the JSP and Thymeleaf galleries ({@link
 * io.github.jimagekit.example.web.JspGalleryServlet}, {@link
 * io.github.jimagekit.example.web.ThymeleafGalleryServlet}), the photo page, uploads,
 * deletions and the status page ({@link io.github.jimagekit.example.web.StatusReport}).
 */
package io.github.jimagekit.example.web;
