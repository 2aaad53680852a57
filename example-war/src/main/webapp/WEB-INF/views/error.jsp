<%@ page contentType="text/html;charset=UTF-8" session="false" isErrorPage="true" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<c:set var="ctx" value="${pageContext.request.contextPath}"/>
<c:set var="code" value="${requestScope['jakarta.servlet.error.status_code']}"/>
<!DOCTYPE html>
<html lang="en">
<head>
<%@ include file="head.jspf" %>
<title>${code} · jimagekit gallery</title>
</head>
<body>
<%@ include file="bar.jspf" %>
<main class="error">
    <h1>${code}</h1>
    <%-- a sentence for a client's mistake; never an exception's message, which may name a
         file: the server log has those --%>
    <c:choose>
        <c:when test="${code >= 400 && code < 500}">
            <p><c:out value="${requestScope['jakarta.servlet.error.message']}"/></p>
        </c:when>
        <c:otherwise><p>Something went wrong. The server log has the details.</p></c:otherwise>
    </c:choose>
    <p><a href="${ctx}/">Back to the gallery</a></p>
</main>
</body>
</html>
