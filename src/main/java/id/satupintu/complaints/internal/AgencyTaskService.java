package id.satupintu.complaints.internal;

import id.satupintu.complaints.AgencyTasks;
import id.satupintu.complaints.ComplaintView;
import id.satupintu.complaints.NewComplaint;
import id.satupintu.shared.InvalidInputException;
import id.satupintu.shared.Viewer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Optional;
import java.util.UUID;

/** An agency's officers on their own tasks: start, resolve with a proof photo, hand over to another agency. */
@Service
class AgencyTaskService implements AgencyTasks {

    private final ComplaintRepository complaints;
    private final ComplaintAccess access;
    private final ComplaintViews views;
    private final TransactionTemplate transactions;
    private final PhotoSanitizer photos;

    AgencyTaskService(ComplaintRepository complaints, ComplaintAccess access, ComplaintViews views,
                      TransactionTemplate transactions, ComplaintsProperties properties) {
        this.complaints = complaints;
        this.access = access;
        this.views = views;
        this.transactions = transactions;
        this.photos = new PhotoSanitizer(properties.maxPhotoSize().toBytes(), properties.maxPhotoEdge());
    }

    @Override
    @Transactional
    public ComplaintView startTask(Viewer officer, UUID taskId) {
        ComplaintTask task = access.forAgency(officer, taskId);
        task.start(officer.accountId());
        return saved(task.complaint(), officer);
    }

    @Override
    public ComplaintView resolveTask(Viewer officer, UUID taskId, String note, Optional<NewComplaint.Photo> proof) {
        String text = Texts.required("note", note, "complaint.resolve.note");
        if (proof.isEmpty()) {
            throw new InvalidInputException("proof", "complaint.resolve.proof", "Add a photo that shows the result");
        }
        // the photo is cleaned before the transaction: no row lock held while an image is re-encoded
        PhotoSanitizer.Photo photo = photos.sanitize("proof", proof.get().content());
        return transactions.execute(status -> {
            ComplaintTask task = access.forAgency(officer, taskId);
            task.resolve(officer.accountId(), text, photo);
            return saved(task.complaint(), officer);
        });
    }

    @Override
    @Transactional
    public ComplaintView handOverTask(Viewer officer, UUID taskId, String agencyCode, String reason) {
        ComplaintTask task = access.forAgency(officer, taskId);
        task.status().after(id.satupintu.complaints.TaskStatus.Move.HAND_OVER);
        String target = agencyCode == null ? "" : agencyCode.strip();
        if (target.isEmpty() || target.equals(task.agencyCode())) {
            throw new InvalidInputException("agency", "complaint.handOver.target", "Choose another agency or office");
        }
        access.requireAgency(officer.tenant(), target, "agency");
        task.handOver(officer.accountId(), target, Texts.required("reason", reason, "complaint.handOver.reason"));
        return saved(task.complaint(), officer);
    }

    private ComplaintView saved(Complaint complaint, Viewer viewer) {
        complaints.save(complaint);
        return views.view(complaint, viewer);
    }
}
